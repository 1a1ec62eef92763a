package org.tremplin.archfixture.restusesoutboundport.application.port.out;

import org.tremplin.archfixture.restusesoutboundport.application.port.in.SchoolFilter;
import java.util.List;

/** Outbound port interface. */
public interface Schools {
    List<String> names(SchoolFilter filter);
}
