package org.inclusionscan.server.testing;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** How the browser tests move through a page: as a keyboard user does, never by clicking. */
public final class Keyboard {

    private Keyboard() {
    }

    /** Presses Tab until the focused element matches the selector (at most 150 times): how a keyboard user gets there. */
    public static void tabTo(WebDriver driver, String selector) {
        for (int i = 0; i < 150; i++) {
            WebElement active = driver.switchTo().activeElement();
            if (Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("return arguments[0].matches(arguments[1])", active, selector))) {
                return;
            }
            keys(driver, Keys.TAB);
        }
        throw new AssertionError("No element (" + selector + ") reached with Tab on " + driver.getCurrentUrl());
    }

    /** Presses the keys in turn on the focused element. */
    public static void keys(WebDriver driver, CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }
}
