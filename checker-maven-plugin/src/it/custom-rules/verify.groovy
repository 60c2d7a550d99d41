
def log = new File(basedir, 'build.log').text
assert log.contains('Record of main findings')
assert new File(basedir, 'target/compliance/report.html').isFile()
assert new File(basedir, 'target/compliance/report.json').isFile()

// local rules are compiled once, kept in the rule cache and read back by the second build
def cached = new File(basedir, 'target/compliance/rules-cache').listFiles().findAll { it.name.endsWith('.kpkg') }
assert cached.size() == 1
assert log.contains('read from the rule cache')

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/compliance/report.json'))
def local = json.criteria.find { it.id == 'LOCAL-01' }
assert local != null
assert local.measure == 100.0
assert json.criteria.find { it.id == 'CP-01' } != null
return true
