
def log = new File(basedir, 'build.log').text
assert log.contains('Record of main findings')
assert new File(basedir, 'target/compliance/report.html').isFile()
assert new File(basedir, 'target/compliance/report.json').isFile()

// local rules are compiled once, kept in the rule cache and read back by the second build
def cached = new File(basedir, 'target/compliance/rules-cache').listFiles().findAll { it.name.endsWith('.kpkg') }
assert cached.size() == 1
assert log.contains('read from the rule cache')
assert !log.contains('rule cache key') && !log.contains('was not used'): 'no rule cache warning'

// the entry is signed, with the key the plugin's pom gives the test builds (outside this project)
assert cached[0].bytes.length > 64
assert new String(cached[0].bytes, 0, 34, 'US-ASCII') == 'compliance-rule-cache/hmac-sha256\n'
def key = new File(basedir, '../../it-home/.config/compliance/rules-cache.key').toPath()
assert java.nio.file.Files.size(key) == 32
if (key.fileSystem.supportedFileAttributeViews().contains('posix')) {
    assert java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(key)) == 'rw-------'
}

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/compliance/report.json'))
def local = json.criteria.find { it.id == 'LOCAL-01' }
assert local != null
assert local.measure == 100.0
assert json.criteria.find { it.id == 'CP-01' } != null
return true
