<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>It redirected the request again and again (%n times), so the request was given up.</source>
        <translation>
            <numerusform>It redirected the request again and again (%n time), so the request was given up.</numerusform>
            <numerusform>It redirected the request again and again (%n times), so the request was given up.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeployChecks</name>
    <message numerus="yes">
        <source>%n files were dropped; drop exactly one firmware file.</source>
        <translation>
            <numerusform>%n file was dropped; drop exactly one firmware file.</numerusform>
            <numerusform>%n files were dropped; drop exactly one firmware file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has 24 hexadecimal digits; this has %n.</source>
        <translation>
            <numerusform>%1 has 24 hexadecimal digits; this has %n.</numerusform>
            <numerusform>%1 has 24 hexadecimal digits; this has %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeployProgress</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RolloutCommand</name>
    <message numerus="yes">
        <source>%n downgrade(s) left out: pass --yes to include them.</source>
        <translation>
            <numerusform>%n downgrade left out: pass --yes to include it.</numerusform>
            <numerusform>%n downgrades left out: pass --yes to include them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RolloutTextPrinter</name>
    <message numerus="yes">
        <source>Rollout of %1 (%2, SHA-256 %3) as version %4 to %n device(s).
</source>
        <translation>
            <numerusform>Rollout of %1 (%2, SHA-256 %3) as version %4 to %n device.
</numerusform>
            <numerusform>Rollout of %1 (%2, SHA-256 %3) as version %4 to %n devices.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out (%n device(s)):
</source>
        <translation>
            <numerusform>Left out (%n device):
</numerusform>
            <numerusform>Left out (%n devices):
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wave %1 of %2 (%n device(s)):
</source>
        <translation>
            <numerusform>Wave %1 of %2 (%n device):
</numerusform>
            <numerusform>Wave %1 of %2 (%n devices):
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iotaap::DeployHistoryView</name>
    <message numerus="yes">
        <source>%n attempt(s) exported to %1.</source>
        <translation>
            <numerusform>%n attempt exported to %1.</numerusform>
            <numerusform>%n attempts exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iotaap::MainWindow</name>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln record(s) loaded</source>
        <translation>
            <numerusform>%1 of %Ln record loaded</numerusform>
            <numerusform>%1 of %Ln records loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln record(s) match “%2”</source>
        <translation>
            <numerusform>%1 of %Ln record matches “%2”</numerusform>
            <numerusform>%1 of %Ln records match “%2”</numerusform>
        </translation>
    </message>
</context>
</TS>
