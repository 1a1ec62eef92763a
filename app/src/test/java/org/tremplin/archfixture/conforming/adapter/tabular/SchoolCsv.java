package org.tremplin.archfixture.conforming.adapter.tabular;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.StringWriter;
import java.util.List;
import org.tremplin.archfixture.conforming.domain.school.School;

/** Conforming: the tabular files adapter depends on the JDK, the domain and FastCSV only. */
public final class SchoolCsv {
    private SchoolCsv() {
    }

    public static String write(List<School> schools) {
        StringWriter out = new StringWriter();
        CsvWriter csv = CsvWriter.builder().build(out);
        csv.writeRecord("name");
        schools.forEach(school -> csv.writeRecord(school.name()));
        return out.toString();
    }
}
