package org.tremplin.archfixture.adapterusesadapter.adapter.tabular;

/** The tabular files adapter of this fixture, used by the console below. */
public final class SchoolCsv {
    public String header() {
        return "name";
    }
}
