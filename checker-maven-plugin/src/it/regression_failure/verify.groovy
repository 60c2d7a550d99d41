
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log =~ /CP-01 declined/
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/compliance/report.json'))
assert json.criteria.find { it.id == 'CP-01' }.previous.grade == 1
return true
