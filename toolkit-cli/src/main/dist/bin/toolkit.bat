@echo off
rem The toolkit command: java with the jars of ..\lib, started from the class-data-sharing
rem archive ..\lib\toolkit.jsa that the build made. Arguments pass through as given and the exit
rem status is the command's own. JAVA_HOME chooses the Java (default: java on the PATH);
rem JAVA_OPTS and TOOLKIT_OPTS add JVM options after the launcher's own, so they win.
rem Written by the build from src\main\dist\bin\toolkit.bat; @-delimited names are filled in.
setlocal

rem The full path of the folder above this script's, as the build wrote it into the archive.
for %%I in ("%~dp0..") do set "APP_HOME=%%~fI"

set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java.exe"

rem A missing archive is left out; one that does not match (another JDK, a moved or changed jar)
rem is ignored by the JVM, whose warnings go to standard error, and sharing ones not at all.
set "CDS="
if exist "%APP_HOME%\lib\toolkit.jsa" set CDS="-XX:SharedArchiveFile=%APP_HOME%\lib\toolkit.jsa"

"%JAVA%" %CDS% -Xshare:auto -XX:TieredStopAtLevel=1 -Xlog:disable -Xlog:all=warning,cds*=off:stderr %JAVA_OPTS% %TOOLKIT_OPTS% -cp "%APP_HOME%\lib\@project.build.finalName@.jar;@toolkit.classpath.bat@" org.evidencetoolkit.cli.ToolkitCommand %*
exit /b %ERRORLEVEL%
