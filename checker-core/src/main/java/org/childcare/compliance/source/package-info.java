/**
 * Sources: one reader per format of the authority's own files (the SSDA903 return's CSV tables,
 * the Children in Need census XML, Ofsted's Annex A workbook), each turning its files into the
 * same model records as the YAML loader binds, every record located at the row, element or cell
 * it came from. What a reader found is a {@link org.childcare.compliance.source.ReturnRead}; the
 * records are then merged by child id, validated once whatever their format, and evaluated child
 * by child like any other.
 */
package org.childcare.compliance.source;
