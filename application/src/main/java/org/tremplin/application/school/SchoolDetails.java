package org.tremplin.application.school;

import org.tremplin.domain.school.Region;

/** What an administrator types about a school; the domain validates it. */
public record SchoolDetails(String name, String town, Region region, String departement) {
}
