package org.tremplin.archfixture.adapterusesadapter.ui;

import org.tremplin.archfixture.adapterusesadapter.adapter.tabular.SchoolCsv;

/** Violation: the console uses the tabular files adapter instead of a port. */
public class SchoolExport {
    private final SchoolCsv csv = new SchoolCsv();

    public String header() {
        return csv.header();
    }
}
