package com.aobsettlement.cli;

import com.aobsettlement.batch.PrintableText;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;

/**
 * The settings of `serve`, checked before anything starts (exit 2 with one plain line): the address and
 * port to listen on, and the operator's credentials, required on any address but a loopback one.
 */
record ServeSettings(String address, int port, boolean credentials) {
    static final String DEFAULT_ADDRESS = "127.0.0.1";
    static final int DEFAULT_PORT = 8080;

    static ServeSettings of(Map<String, String> settings) {
        String address = blankToNull(SettingsCheck.value(settings, "AOB_HTTP_ADDRESS"));
        address = address == null ? DEFAULT_ADDRESS : address.trim();
        String portText = blankToNull(SettingsCheck.value(settings, "AOB_HTTP_PORT"));
        int port = DEFAULT_PORT;
        if (portText != null) {
            if (!portText.trim().matches("\\d{1,5}") || Integer.parseInt(portText.trim()) < 1 || Integer.parseInt(portText.trim()) > 65535) {
                throw new UsageException("AOB_HTTP_PORT '" + PrintableText.escape(portText) + "' must be a port number from 1 to 65535.");
            }
            port = Integer.parseInt(portText.trim());
        }
        InetAddress inet;
        try {
            inet = InetAddress.getByName(address);
        } catch (UnknownHostException | SecurityException e) {
            throw new UsageException("AOB_HTTP_ADDRESS '" + PrintableText.escape(address) + "' is not an address of this machine. "
                    + "Use an IP address such as 127.0.0.1.");
        }
        String user = blankToNull(SettingsCheck.value(settings, "AOB_WEB_USER"));
        String password = SettingsCheck.value(settings, "AOB_WEB_PASSWORD");
        boolean credentials = user != null && password != null && !password.isEmpty();
        if ((user != null) != (password != null && !password.isEmpty())) {
            throw new UsageException("Set both AOB_WEB_USER and AOB_WEB_PASSWORD, or neither (then only this machine can connect).");
        }
        if (!inet.isLoopbackAddress() && !credentials) {
            throw new UsageException("Listening on " + PrintableText.escape(address) + " needs AOB_WEB_USER and AOB_WEB_PASSWORD: "
                    + "set both, or leave AOB_HTTP_ADDRESS at 127.0.0.1.");
        }
        return new ServeSettings(address, port, credentials);
    }

    /** What the page's address is, for the line `serve` prints. */
    String url() {
        String host = address.contains(":") ? "[" + address + "]" : address;
        return "http://" + host + ":" + port + "/";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
