package org.dipkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The text of a file in the jar the pages are made of. */
final class Resources {
    private Resources() {
    }

    /** ECharts, as its webjar holds it: read once, for every page that draws a chart. */
    private static volatile String echarts;

    /** The page {@code name} with ECharts inlined at its ECHARTS placeholder, so that it needs no network. */
    static String withCharts(String name) {
        String lib = echarts;
        if (lib == null) {
            lib = text("META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js").replace("</script", "<\\/script");
            echarts = lib;
        }
        return text(name).replace("/*ECHARTS*/", lib);
    }

    static String text(String name) {
        try (InputStream in = Resources.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
