
def log = new File(basedir, 'build.log').text
assert log.contains('Record of main findings')
assert new File(basedir, 'target/compliance/report.html').isFile()
assert new File(basedir, 'target/compliance/report.json').isFile()

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/compliance/report.json'))
def local = json.criteria.find { it.id == 'LOCAL-01' }
assert local != null
assert local.measure == 100.0
assert json.criteria.find { it.id == 'CP-01' } != null
return true
