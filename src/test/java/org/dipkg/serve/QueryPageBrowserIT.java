package org.dipkg.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser on the query page: headless Chromium opens it, runs a canned query and sees result rows.
 * Uses the system's chromium and chromedriver (Debian packages; .ci/run installs them); skipped, with a
 * message, only where they are not installed.
 */
class QueryPageBrowserIT {
    static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
    static final String DRIVER = "/usr/bin/chromedriver";

    @Test
    void runsACannedQueryAndShowsResultRows() throws Exception {
        String browser = BROWSERS.stream().filter(b -> Files.isExecutable(Path.of(b))).findFirst().orElse(null);
        boolean present = browser != null && Files.isExecutable(Path.of(DRIVER));
        if (System.getenv("DIPKG_REQUIRE_BROWSER") != null) {
            assertTrue(present, "DIPKG_REQUIRE_BROWSER is set but chromium or chromedriver is missing");
        }
        assumeTrue(present,
                "no Chromium and chromedriver installed here (apt-get install chromium chromium-driver); browser test skipped");
        Path profile = Files.createTempDirectory("dipkg-chromium");
        try (SparqlServer server = SparqlServer.start(SeedGraph.get(), new SparqlServer.Options("127.0.0.1", 0,
                Duration.ofSeconds(10), false, 0), QueryCatalog.load().all())) {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(browser);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                    .usingAnyFreePort().build();
            WebDriver driver = new ChromeDriver(service, options);
            try {
                driver.get("http://127.0.0.1:" + server.port() + "/");
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
                WebElement button = wait.until(d -> d.findElement(By.id("q-us-pledges")));
                // a note asks for a Chinese font exactly when the machine has none
                if (java.nio.file.Files.isExecutable(java.nio.file.Path.of("/usr/bin/fc-list"))) {
                    boolean hasChineseFont = !new String(new ProcessBuilder("/usr/bin/fc-list", ":lang=zh").start()
                            .getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).isBlank();
                    assertTrue(driver.findElement(By.id("cjk-note")).isDisplayed() != hasChineseFont,
                            "the font note is shown when no Chinese font is installed, and only then");
                }
                // the page opens on the first canned query with its results drawn
                wait.until(d -> d.findElements(By.cssSelector(".yasr table tbody tr")).stream().anyMatch(WebElement::isDisplayed));
                button.click();
                List<WebElement> rows = wait.until(d -> {
                    List<WebElement> r = d.findElements(By.cssSelector(".yasr table tbody tr")).stream()
                            .filter(WebElement::isDisplayed).toList();
                    return r.size() >= 5 && r.get(0).getText().contains("不寻求") ? r : null;
                });
                assertTrue(rows.size() >= 5, rows.size() + " rows");
                assertTrue(driver.getPageSource().contains("negative"));
                String cells = String.join(" ", rows.stream().map(WebElement::getText).toList());
                assertTrue(!cells.contains("@zh-Hans") && !cells.contains("XMLSchema#integer"),
                        "plain values, no language tags or datatypes: " + cells);
                // a result longer than a page has its pagination on one line, not a button per line
                ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                        "window.dipkg.openQuery({title: 'many', query: 'SELECT ?s WHERE { ?s ?p ?o } LIMIT 120'}, true)");
                List<WebElement> pages = wait.until(d -> {
                    List<WebElement> b = d.findElements(By.cssSelector(".yasr .dt-paging-button"))
                            .stream().filter(WebElement::isDisplayed).toList();
                    return b.size() >= 2 ? b : null;
                });
                assertTrue(pages.stream().allMatch(b -> b.getSize().getWidth() < 120)
                        && pages.get(0).getLocation().getY() == pages.get(1).getLocation().getY(),
                        "pagination on one line: " + pages.stream().map(b -> b.getSize() + "@" + b.getLocation()).toList());
                // an IRI in the results links to the picture of its neighbourhood
                ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                        "window.dipkg.openQuery({title: 'iri', query: 'SELECT ?c WHERE { ?c a <https://dipkg.org/ontology#Agreement> } LIMIT 3'}, true)");
                WebElement link = wait.until(d -> d.findElements(By.cssSelector("#yasgui a.iri[data-graph]")).stream()
                        .filter(WebElement::isDisplayed).findFirst().orElse(null));
                String href = link.getAttribute("href");
                assertTrue(href.contains("/graph?iri="), href);
                driver.get(href);
                Long drawn = wait.until(d -> {
                    Object n = ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                            "return window.dipkgGraph ? window.dipkgGraph.getOption().series[0].data.length : null");
                    return n instanceof Long l && l >= 3 ? l : null;
                });
                assertTrue(drawn >= 3, "the graph view draws the commitment and its neighbours: " + drawn);
            } finally {
                driver.quit();
            }
        }
    }
}
