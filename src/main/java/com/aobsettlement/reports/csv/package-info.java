/**
 * What each report file of DOMAIN.md §10 is: one enum per file whose constants are its columns in file order
 * (a constant's name in lower case is its header) and which renders a row, so that changing a column is
 * changing one constant. {@link com.aobsettlement.reports.csv.CsvFileWriter} puts a file in place whole or not
 * at all; {@link com.aobsettlement.reports.csv.ReportFolders} says where it goes.
 *
 * <p>Two files are read from the database as the text of the table's columns, the same names as their headers:
 * {@link com.aobsettlement.reports.csv.SettlementsCsv} (when the parts of {@code reports.settlements} cannot
 * give it) and {@link com.aobsettlement.reports.csv.DisputesCsv}. Their rows go to the file without a String per
 * value, and the run summary counts them by the bytes of their status and kind.
 */
package com.aobsettlement.reports.csv;
