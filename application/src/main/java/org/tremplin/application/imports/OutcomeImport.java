package org.tremplin.application.imports;

import java.util.List;

/**
 * Inbound port: records many follow-ups of former learners at once from a file, as {@link
 * org.tremplin.application.outcome.OutcomeRecording#record} would one by one (same permission
 * {@code WRITE_OUTCOMES}, same school scope, same rules, one audit entry per outcome).
 *
 * <p>The columns ({@link #outcomeColumns()}), all required unless said optional:
 * <ul>
 *   <li>{@code learner_id}: the learner's identifier; they must have left the programme;</li>
 *   <li>{@code observed_on}: a date as {@code 2024-09-30} or {@code 30/09/2024}, on or after the day
 *       the learner left. One outcome per learner and day: a second one in the file, or one already
 *       recorded, is a row error, so that importing the same file twice records nothing twice;</li>
 *   <li>{@code situation}: one of {@link org.tremplin.domain.outcome.Situation}'s names
 *       ({@code PERMANENT_CONTRACT}, {@code FIXED_TERM_6_MONTHS_OR_MORE}, {@code FIXED_TERM_UNDER_6_MONTHS},
 *       {@code TEMPORARY_AGENCY_WORK}, {@code HIRED_WORK_STUDY}, {@code SELF_EMPLOYED},
 *       {@code FURTHER_STUDIES}, {@code JOB_SEEKING}, {@code INACTIVE}, {@code UNKNOWN}), ignoring
 *       case, a hyphen or a space counting as an underscore;</li>
 *   <li>{@code employer_partner_id} or {@code employer_name} (optional, not both): required for a
 *       salaried situation, refused for a situation without work;</li>
 *   <li>{@code job_title} (optional): only for a situation with work.</li>
 * </ul>
 */
public interface OutcomeImport {
    ImportReport importOutcomes(List<ImportRow> rows, ImportMode mode);

    /**
     * Reads {@code content} as a table (CSV in UTF-8 or Windows-1252, with {@code ;}, {@code ,} or
     * tabs) and imports its rows. The header is checked even when no row follows it.
     *
     * @throws org.tremplin.application.port.in.UnreadableFileException when the file cannot be read
     *     as a table at all, with the line at fault
     */
    FileImportReport importFile(byte[] content, ImportMode mode);

    /** The header a file may have: required columns first, then the optional ones. */
    List<String> outcomeColumns();
}
