package org.tremplin.application.imports;

import java.util.List;

/**
 * Inbound port: enrols many learners at once from a file, as {@link
 * org.tremplin.application.learner.LearnerAdministration#enrol} would one by one (same permission
 * {@code MANAGE_LEARNERS}, same school scope, same rules, one audit entry per learner).
 *
 * <p>The columns ({@link #learnerColumns()}), all required unless said optional:
 * <ul>
 *   <li>{@code cohort_id}: the cohort's identifier; a cohort outside the caller's schools is a row error;</li>
 *   <li>{@code given_name}, {@code family_name}, {@code email}: the e-mail address must be used by no
 *       other learner, in the database or elsewhere in the file;</li>
 *   <li>{@code enrolled_on}, {@code date_of_birth}, {@code job_seeker_since} (optional: empty when the
 *       person is not registered as a job seeker): dates as {@code 2024-09-30} or, as French Excel
 *       writes them, {@code 30/09/2024};</li>
 *   <li>{@code gender}: {@code WOMAN}, {@code MAN}, {@code NON_BINARY} or {@code UNDISCLOSED};</li>
 *   <li>{@code priority_neighbourhood} (lives in a QPV): {@code yes}/{@code no}, {@code oui}/{@code non},
 *       {@code true}/{@code false} or {@code 1}/{@code 0};</li>
 *   <li>{@code highest_diploma}: {@code NONE}, {@code BELOW_BAC}, {@code BAC}, {@code BAC_PLUS_2} or
 *       {@code BAC_PLUS_3_OR_MORE};</li>
 *   <li>{@code rqth} (optional, health data): {@code RECOGNISED}, {@code NOT_RECOGNISED} or
 *       {@code UNDISCLOSED}; filling it needs the permission {@code READ_HEALTH_DATA}, else each row
 *       that fills it gets the error {@code access.permission-missing}. Empty means undisclosed.</li>
 * </ul>
 * Values of a list are matched ignoring case, and a hyphen or a space counts as an underscore
 * ({@code non-binary} is {@code NON_BINARY}).
 */
public interface LearnerImport {
    ImportReport importLearners(List<ImportRow> rows, ImportMode mode);

    /**
     * Reads {@code content} as a table (CSV in UTF-8 or Windows-1252, with {@code ;}, {@code ,} or
     * tabs) and imports its rows. The header is checked even when no row follows it.
     *
     * @throws org.tremplin.application.port.in.UnreadableFileException when the file cannot be read
     *     as a table at all, with the line at fault
     */
    FileImportReport importFile(byte[] content, ImportMode mode);

    /** The header a file may have: required columns first, then the optional ones. */
    List<String> learnerColumns();
}
