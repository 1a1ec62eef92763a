package org.tremplin.application.warning;

import java.time.LocalDate;
import java.util.Map;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.port.in.EarlyWarning;
import org.tremplin.application.port.in.WarningFilter;
import org.tremplin.application.port.in.WarningKind;

/**
 * Inbound port: the learners a school should act on (a broken contract not replaced, work-study
 * without a contract, a follow-up overdue), within the caller's schools. The warnings name
 * learners and tell of their contracts and follow-ups: the caller needs to read all three.
 *
 * @see org.tremplin.application.port.out.WarningQueries for the definitions
 */
public interface EarlyWarnings {
    Page<EarlyWarning> list(WarningFilter filter, LocalDate asOf, PageRequest page);

    /** The list as of today. */
    Page<EarlyWarning> list(WarningFilter filter, PageRequest page);

    /** How many warnings of each kind the filter's schools have (its kind is ignored). */
    Map<WarningKind, Long> countByKind(WarningFilter filter, LocalDate asOf);

    /** The counts as of today. */
    Map<WarningKind, Long> countByKind(WarningFilter filter);
}
