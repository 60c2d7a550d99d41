
def page = new File(basedir, 'target/site/compliance.html')
assert page.isFile()
assert page.text.contains('Record of main findings')
assert new File(basedir, 'target/site/compliance/report.html').isFile()
return true
