package org.tremplin.application.cohort;

import java.time.LocalDate;

/** What can change about a cohort once created: its school and programme are fixed. */
public record CohortDetails(String name, LocalDate startDate, int seats) {
}
