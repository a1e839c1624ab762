<#-- The third-party notice, target/classes/META-INF/THIRD-PARTY.txt: a header, then one line per runtime
     dependency, "(licence) ... name (groupId:artifactId:version - url)"; ThirdPartyNoticeIT reads that form. -->
briefings: third-party software

The program runs with these ${dependencyMap?size} libraries on its class path: the jars in target/lib,
which briefings.jar's manifest names. Each line gives the licences the library's POM declares, as
SPDX identifiers (a library that declares several lists each of them), then its name, its Maven
coordinates and its home page. NOTICE, at the top of the project, says how the Russian
dictionaries (language-ru, LGPL) are used.

Generated at build time from pom.xml by license-maven-plugin: do not edit; see src/main/license/.

<#list dependencyMap as e>
<#assign p = e.getKey()/>
<#assign licences = ""/>
<#list e.getValue() as licence><#assign licences = licences + "(" + licence + ") "/></#list>
<#if p.name?? && !p.name?contains("Unnamed")><#assign name = p.name/><#else><#assign name = p.artifactId/></#if>
    ${licences}${name} (${p.groupId}:${p.artifactId}:${p.version} - ${p.url!"no home page given"})
</#list>
