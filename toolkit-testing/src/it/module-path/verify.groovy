def log = new File(basedir, 'build.log').text
assert log.contains('module-path smoke: OK, 100 interventions') : 'the module-path consumer did not run to the end'
return true
