// The build failed for the right reason: each internal package is refused as not exported.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE') : 'a consumer importing internal packages compiled'
['io', 'render', 'testing'].each { m ->
  def refusal = "package org.evidencetoolkit.${m}.internal is declared in module org.evidencetoolkit.${m}, which does not export it"
  assert log.contains(refusal) : "not refused: org.evidencetoolkit.${m}.internal"
}
// The exported package beside them was accepted.
assert !log.contains('package org.evidencetoolkit.model is not visible') : 'an exported package was refused'
return true
