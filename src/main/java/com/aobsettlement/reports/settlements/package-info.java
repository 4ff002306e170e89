/**
 * What makes settlements.csv fast to write, behind {@link com.aobsettlement.reports.settlements.SettlementsFile}:
 * the settle step appends each chunk's rows, rendered by {@link com.aobsettlement.reports.csv.SettlementsCsv}, to
 * its partition's part ({@link com.aobsettlement.reports.settlements.SettlementParts.Appender}, with a checksum
 * and a committed length saved in the chunk's transaction); the report step merges the parts by claim number
 * ({@code PartsMerge}), or, when they cannot give the file, reads the day's settlements from the database as the
 * text of the same columns. Either way the bytes are the same, and the rows are counted by status as they go.
 */
package com.aobsettlement.reports.settlements;
