package org.tremplin.archfixture.inmemorynaming.application.port.out;

public interface Schools {
    int count();
}
