
def log = new File(basedir, 'build.log').text
assert log.contains('Record of main findings')
assert new File(basedir, 'target/compliance/report.html').isFile()
assert new File(basedir, 'target/compliance/report.json').isFile()

assert log.contains('Gate: passed')
// the bundled rules come compiled in the rules jar: no compile, and nothing to cache
assert log.contains('precompiled in the rules jar')
assert !new File(basedir, 'target/compliance/rules-cache').exists()
['report.md', 'TEST-compliance.xml', 'report.sarif'].each { assert new File(basedir, 'target/compliance/' + it).isFile() }
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/compliance/report.json'))
assert json.formatVersion == 1
assert json.gate.passed == true
assert json.authority.name == 'Testshire County Council'
assert json.criteria.find { it.id == 'CP-01' }.grade == 1
return true
