package org.tremplin.archfixture.uiusesoutboundport.application.port.out;

import org.tremplin.archfixture.uiusesoutboundport.application.port.in.SchoolFilter;
import java.util.List;

/** Outbound port interface. */
public interface Schools {
    List<String> names(SchoolFilter filter);
}
