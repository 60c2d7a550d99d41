// compliance:import reads the YAML header, the CIN census and a YAML audit beside it, merges them
// child by child and writes format v1 YAML; compliance:check then judges the imported YAML.
def log = new File(basedir, 'build.log').text
def imported = new File(basedir, 'target/compliance/imported')
assert log.contains('[INFO]   cin_census_2024.xml: cin-census, 3 rows, 3 children') : log
assert log.contains('[INFO] Imported 3 children into ' + imported.canonicalFile) || log.contains('[INFO] Imported 3 children into ') : log
assert new File(imported, 'authority.yaml').text.contains('name: Returnshire County Council')
def plans = new File(imported, 'children/child-protection.yaml').text
// the census's plan with the YAML audit's content, and its review conferences known from the census year
assert plans.contains('id: C100') : plans
assert plans.contains('contingency: false') : plans
assert plans.contains('reviewConferences:') : plans
// the imported YAML is checked like any other: records read, a record of main findings, reports
assert log.contains('Record of main findings: Returnshire County Council') : log
assert log.contains('3 records read, 3 evaluated, 0 quarantined') : log
assert new File(basedir, 'target/compliance/report.json').exists()
assert log.contains('BUILD SUCCESS')
return true
