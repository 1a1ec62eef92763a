package org.tremplin.archfixture.adapterusesadapter.application.port.out;

public interface Schools {
    boolean exists(String name);
}
