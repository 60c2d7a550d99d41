package org.example.gadget;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;

/**
 * A class from outside Drools and this product that does something when deserialised, as an
 * attacker's gadget would: the rule cache must refuse it before its readObject runs.
 */
public final class Gadget implements Serializable {
    private static final long serialVersionUID = 1L;
    public static volatile boolean deserialised;

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        deserialised = true;
    }
}
