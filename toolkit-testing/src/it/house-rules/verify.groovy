// Checks what the two consumer runs did, not only that Maven returned the expected exit codes.
def log = new File(basedir, 'build.log').text

// Run 1 passed: every consumer test ran, the property checked its examples, the site was rendered.
assert log.contains('Tests run: 3, Failures: 0, Errors: 0, Skipped: 0') : 'the consumer tests did not all run and pass'
assert log.contains('house property: 1000 examples checked') : 'the property over generated interventions did not run'
def page = new File(basedir, 'target/house-site/index.html')
assert page.isFile() : 'no rendered index page'
assert page.text.contains('Neighbourhood sports league') : 'the rendered page lacks the toolkit content'

// Run 2 failed because the property was falsified, and QuickTheories printed the example as YAML.
assert log.contains('Property falsified') : 'the broken rule was not caught by the property'
assert log.contains('BUILD FAILURE') : 'the broken rule did not fail the build'
assert log =~ /(?m)^\s*id: / : 'the falsifying example was not printed as YAML'
return true
