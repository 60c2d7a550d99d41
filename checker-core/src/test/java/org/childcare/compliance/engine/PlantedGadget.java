package org.childcare.compliance.engine;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;

/**
 * What an attacker would plant in a rule cache: a serialisable class that acts when it is
 * deserialised. It lives in this product's package, which the deserialisation filter admits
 * (compiled rules are made of such classes), so only the cache's signature can keep it out.
 */
public final class PlantedGadget implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Set when an instance is deserialised: the stand-in for running an attacker's code. */
    static volatile boolean ran;

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        ran = true;
    }
}
