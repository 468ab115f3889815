package pact.support.problem;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes of a request body as they are read and refuses the request (a problem+json 413)
 * at the first byte over {@link BodySizeLimit}, so that a chunked body, which declares no length, is
 * never read in full.
 */
@Provider
public class BodyReadLimit implements ReaderInterceptor {

    @Inject
    BodySizeLimit limits;

    @Inject
    CurrentVertxRequest request;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        String path = request.getCurrent() == null ? "" : request.getCurrent().request().path();
        context.setInputStream(new Counted(context.getInputStream(), limits.limitFor(path), path));
        return context.proceed();
    }

    /** A body stream that refuses to give more than the limit. */
    static final class Counted extends FilterInputStream {
        private final long limit;
        private final String path;
        private long read;

        Counted(InputStream in, long limit, String path) {
            super(in);
            this.limit = limit;
            this.path = path;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) {
            read += n;
            if (read > limit) {
                throw new ProblemException(BodySizeLimit.tooLarge(path, "over " + limit + " bytes", limit));
            }
        }
    }
}
