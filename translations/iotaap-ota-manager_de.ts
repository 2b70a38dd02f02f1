<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ApiError</name>
    <message>
        <source>The answer is larger than the limit of %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected the request to another site (%1); the redirect was not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stopped answering; the request timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to the server could not be established.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the credentials; please log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported a problem (HTTP status %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an answer this app cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an answer this app cannot read (field “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said: “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field has an unexpected value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No firmware file was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firmware file “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firmware file “%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firmware file “%1” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address “%1” is not a valid http or https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address “%1” does not use HTTPS; plain HTTP is only allowed to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialResult</name>
    <message>
        <source>No saved credentials were found in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain (Secret Service) is available: you stay signed in for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer in time (it may be locked): you stay signed in for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeployAttempt</name>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeployHistory</name>
    <message>
        <source>Cannot create the folder for the deploy history %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a lock file in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the deploy history %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deploy history is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deploy attempt can only finish as deployed, failed or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deploy history has no running attempt %1 started by this app instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export file is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the schema version of the deploy history %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deploy history %1 was written by a newer version of this app (schema %2; this version knows up to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deploy history %1 cannot be read or written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirmwareImage</name>
    <message>
        <source>cannot read %1: the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file after byte %L1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an ESP32 application image: first byte is 0x%1, expected 0x%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an ESP32 application image: segment count is %1, expected 1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image is truncated: the image header ends at %L1 but the file has %L2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an ESP32 application image: chip id is 0x%1 (invalid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown chip id 0x%1: the image may be for a chip newer than this program knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image is truncated: the header of segment %1 ends at %L2 but the file has %L3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image is damaged: segment %1 has length %L2, not a multiple of 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image is damaged: segment %1 has length %L2, segments must be shorter than 16 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image is truncated: segment %1 ends at %L2 but the file has %L3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image is truncated: the checksum ends at %L1 but the file has %L2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checksum mismatch: stored 0x%1, computed 0x%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image is truncated: the SHA-256 digest ends at %L1 but the file has %L2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 digest mismatch: stored %1…, computed %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an ESP32 application image: segment 1 has %L1 bytes, too short for the %L2-byte application descriptor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an ESP32 application image: no application descriptor at 0x20 (found 0x%1, expected 0x%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
