package com.crewdesk.imports;

import org.apache.commons.csv.CSVRecord;

/** A record of the file with its row number (1 = the first row after the header). */
record NumberedRow(int number, CSVRecord record) {
}
