package pact.testsupport;

/** A read every caller of a service's tests can make: the path, and a token whose roles allow it. */
public interface ServiceRead {

    /** A list the service answers with 200 for {@link #readerToken()}, and 401 without a token. */
    String readablePath();

    String readerToken();
}
