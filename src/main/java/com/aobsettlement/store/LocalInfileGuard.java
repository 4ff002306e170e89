package com.aobsettlement.store;

import com.mysql.cj.MysqlConnection;
import com.mysql.cj.NativeSession;
import com.mysql.cj.Query;
import com.mysql.cj.interceptors.QueryInterceptor;
import com.mysql.cj.log.Log;
import com.mysql.cj.protocol.Message;
import com.mysql.cj.protocol.Resultset;
import com.mysql.cj.protocol.ServerSession;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * Keeps Connector/J from ever reading a client file for LOAD DATA LOCAL INFILE. With
 * allowLoadLocalInfile=true (which the bulk rows need: the driver takes a statement's in-memory
 * stream only under that option; allowLoadLocalInfileInPath reads files, never streams) a server
 * may answer any statement by asking for a file by name, and the driver sends that file whenever
 * no stream is set on the connection. This interceptor, named in the URL by queryInterceptors,
 * sets an empty stream before every command where none is set: a server that asks for a file gets
 * no bytes. BulkInsert's own stream is set just before its statement and taken off after it.
 */
public final class LocalInfileGuard implements QueryInterceptor {
    /** What a server that asks for a file receives; ByteArrayInputStream has no state that close() changes. */
    private static final InputStream NOTHING = new ByteArrayInputStream(new byte[0]);

    private NativeSession session;

    @Override
    public QueryInterceptor init(MysqlConnection conn, Properties props, Log log) {
        this.session = (NativeSession) conn.getSession();
        return this;
    }

    @Override
    public <M extends Message> M preProcess(M queryPacket) {
        // every command passes here (NativeProtocol.sendCommand), from the first query after the handshake on
        if (session.getLocalInfileInputStream() == null) {
            session.setLocalInfileInputStream(NOTHING);
        }
        return null;
    }

    @Override
    public <T extends Resultset> T preProcess(Supplier<String> sql, Query interceptedQuery) {
        return null;
    }

    @Override
    public boolean executeTopLevelOnly() {
        return false;
    }

    @Override
    public void destroy() {
        session = null;
    }

    @Override
    public <T extends Resultset> T postProcess(Supplier<String> sql, Query interceptedQuery, T originalResultSet,
                                               ServerSession serverSession) {
        return originalResultSet;
    }
}
