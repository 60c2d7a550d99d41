
def log = new File(basedir, 'build.log').text
assert log.contains('Record of main findings')
assert new File(basedir, 'target/compliance/report.html').isFile()
assert new File(basedir, 'target/compliance/report.json').isFile()

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/compliance/report.json'))
assert json.records.quarantined == 1
assert json.records.read == json.records.evaluated + json.records.quarantined
assert json.quarantine[0].subject == 'C99'
assert json.quarantine[0].file.contains('more-children.yaml')
return true
