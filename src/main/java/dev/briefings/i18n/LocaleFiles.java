package dev.briefings.i18n;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import com.ibm.icu.util.ULocale;

import dev.briefings.data.MapNode;

/** One locale's files as the translators' check read them. */
record LocaleFiles(String id, ULocale locale, LocaleSettings settings, Map<String, MessageEntry> messages,
        Optional<MapNode> glossary, Path folder) {
}
