package org.tremplin.archfixture.tabularusesframework.adapter.tabular;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.StringWriter;
import java.util.List;
import org.tremplin.archfixture.tabularusesframework.domain.School;

/** Conforming neighbour: the JDK, the domain and FastCSV only, must not be reported. */
public final class SchoolCsv {
    private SchoolCsv() {
    }

    public static String write(List<School> schools) {
        StringWriter out = new StringWriter();
        CsvWriter csv = CsvWriter.builder().build(out);
        schools.forEach(school -> csv.writeRecord(school.name()));
        return out.toString();
    }
}
