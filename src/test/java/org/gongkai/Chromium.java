package org.gongkai;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium with JavaScript off, as the browser journeys use it (or on,
 * for the accessibility checks that run axe-core in the page): screenshots under
 * target/screenshots, downloads into a temporary directory. The journeys share one
 * browser for the whole test run ({@link #shared()}): starting Chromium and its driver
 * costs seconds each time, and every journey signs in with fresh cookies anyway.
 */
public final class Chromium {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	/** How often a wait asks the browser again. */
	private static final Duration POLL = Duration.ofMillis(10);

	private final WebDriver driver;

	private final Path downloads;

	private Chromium(WebDriver driver, Path downloads) {
		this.driver = driver;
		this.downloads = downloads;
	}

	private static Chromium shared;

	private static Chromium sharedScripted;

	/**
	 * The browser the journeys share (JavaScript off), started on first use and quit when
	 * the test JVM ends. Each call hands it over as a fresh one: no cookies, the desktop
	 * window size, an empty download directory. Journeys run one at a time (the suite is
	 * not parallel), so one browser is never used by two tests at once. Never close it.
	 */
	public static synchronized Chromium shared() throws IOException {
		if (shared == null) {
			shared = startShared(false);
		}
		shared.reset();
		return shared;
	}

	/**
	 * The browser with JavaScript on that the accessibility checks share, handed over as
	 * {@link #shared()} hands over its own: no cookies, the desktop window size; quit
	 * when the test JVM ends. Nine journeys each started one before, half a second and a
	 * browser's start-up CPU each.
	 */
	public static synchronized Chromium sharedWithJavaScript() throws IOException {
		if (sharedScripted == null) {
			sharedScripted = startShared(true);
		}
		sharedScripted.reset();
		return sharedScripted;
	}

	private static Chromium startShared(boolean javascript) throws IOException {
		Chromium started = start(javascript);
		Runtime.getRuntime().addShutdownHook(new Thread(started.driver::quit, "chromium-shutdown"));
		return started;
	}

	private void reset() throws IOException {
		this.driver.get("about:blank");
		this.driver.manage().deleteAllCookies();
		this.driver.manage().window().setSize(new Dimension(1280, 900));
		clearDownloads();
	}

	private void clearDownloads() throws IOException {
		try (var files = Files.list(this.downloads)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Files.deleteIfExists(file);
			}
		}
	}

	/**
	 * Starts a browser, or skips the calling test class when Debian's chromium and
	 * chromium-driver are not installed (the build's ensure-browser.sh installs them as
	 * root).
	 */
	private static Chromium start(boolean javascript) throws IOException {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Debian's chromium and chromium-driver are needed (src/test/scripts/ensure-browser.sh installs them)");
		Path downloads = Files.createTempDirectory("gongkai-downloads");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--lang=zh-CN", "--window-size=1280,900",
				"--user-data-dir=" + Files.createTempDirectory("gongkai-chromium"));
		options.setExperimentalOption("prefs",
				Map.of("profile.managed_default_content_settings.javascript", javascript ? 1 : 2,
						"download.default_directory", downloads.toString(), "download.prompt_for_download", false,
						"plugins.always_open_pdf_externally", true));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		WebDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return new Chromium(driver, downloads);
	}

	public WebDriver driver() {
		return this.driver;
	}

	/**
	 * Clicks something that loads a new page and waits until the old page is gone. While
	 * Chromium swaps documents, asking about the old page's node can answer "Node with
	 * given id does not belong to the document" instead of a stale reference: both mean
	 * the old page is gone. It asks every {@link #POLL}: a wait's default of 500 ms cost
	 * the journeys a third of their clicks' time (266 clicks: 59 s, 41 s at 10 ms).
	 */
	public void clickAndWait(By target) {
		WebElement page = this.driver.findElement(By.tagName("html"));
		this.driver.findElement(target).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(20), POLL).until((d) -> isGone(page));
	}

	private static boolean isGone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	/**
	 * Clicks a download link and waits for a new file (one not there before the click) to
	 * arrive completely in the download directory.
	 * @return the downloaded file
	 */
	public Path download(By link, String fileNameSuffix) throws IOException, InterruptedException {
		Set<Path> before;
		try (var files = Files.list(this.downloads)) {
			before = files.collect(Collectors.toSet());
		}
		this.driver.findElement(link).click();
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < deadline) {
			try (var files = Files.list(this.downloads)) {
				var done = files.filter((f) -> !before.contains(f))
					.filter((f) -> f.getFileName().toString().endsWith(fileNameSuffix))
					.findFirst();
				if (done.isPresent()) {
					return done.get();
				}
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no download ending in " + fileNameSuffix + " within 30 s in " + this.downloads);
	}

	/** The visible text of the page's main landmark. */
	public String mainText() {
		return this.driver.findElement(By.tagName("main")).getText();
	}

	public void screenshot(String name) throws IOException {
		File shot = ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.FILE);
		Path target = Path.of("target", "screenshots", name + ".png");
		Files.createDirectories(target.getParent());
		Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
	}

}
