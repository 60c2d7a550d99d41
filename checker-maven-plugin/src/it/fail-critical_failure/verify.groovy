
def log = new File(basedir, 'build.log').text
assert log.contains('CRITICAL FINDINGS')
assert log.contains('BUILD FAILURE')
assert log =~ /critical finding/
// SARIF names each finding's file from the project root, as code scanning resolves it
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/compliance/report.sarif'))
def artifact = sarif.runs[0].results.find { it.locations }.locations[0].physicalLocation.artifactLocation
assert artifact.uri == 'self-assessment/assessment.yaml' : artifact.uri
assert artifact.uriBaseId == '%SRCROOT%'
return true
