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
    <name>CliApplication</name>
    <message>
        <source>API base URL (default: $IOTAAP_API_URL, else %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up a request after S seconds without progress (default %1; 0: never).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No progress and no notes on stderr; errors only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: iotaap-ota [global options] COMMAND [options]

Deploys ESP32 firmware to devices and groups on the IoTaaP cloud.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
&quot;iotaap-ota COMMAND --help&quot; shows a command&apos;s options.

Secrets are read from standard input (--password-stdin, --token-stdin), the
environment ($IOTAAP_TOKEN: a bearer token; $IOTAAP_DEVICE_TOKEN) or the OS
keychain, never from an argument.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: iotaap-ota %1

%2

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; &quot;iotaap-ota --help&quot; lists them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;iotaap-ota %2 --help&quot; shows the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API URL %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds, 0 or more</source>
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
    <name>DeployChecks</name>
    <message>
        <source>Nothing usable was dropped: drop one firmware file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n files were dropped; drop exactly one firmware file.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a file on this computer; download it first, then drop the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No firmware file was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; choose the firmware.bin file inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the device to deploy to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the group to deploy to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has only the digits 0-9 and the letters a-f.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has 24 hexadecimal digits; this has %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the target&apos;s token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the firmware version, for example 1.4.2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a version of the form MAJOR.MINOR.PATCH, for example 1.4.2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the firmware.bin application image that PlatformIO builds can be deployed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A damaged image cannot be deployed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chip id %1 is unknown to this app; make sure the image is built for the target&apos;s chip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target already has version %1: it will not update, because an update is triggered only when the version differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a downgrade: the target has version %1, newer than %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The server said: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server says the %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not accept this device id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not accept this group id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server received no firmware file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such device: the id is unknown, belongs to another account, or the token is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such group: the id is unknown, belongs to another account, or the token is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account may not deploy to this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group deploys are not available on the account&apos;s plan; upgrade the account or deploy to each device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the file as too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed to store the firmware; nothing was deployed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It said: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in has expired; sign in again, then the deploy is retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload was cancelled; nothing was deployed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeployCommand</name>
    <message>
        <source>Deploy to the device with this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy to the group with this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version of the firmware (X.Y.Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the device or group token from the first line of standard input. Otherwise: $IOTAAP_DEVICE_TOKEN, then the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the token from the account: the device list for a device, the group&apos;s last OTA record for a group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make every check, upload nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy also the version the target has, or an older one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a firmware file and deploy it to a device or group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deploy takes one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --device ID or --group ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--version X.Y.Z is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token-stdin and --token-from-account exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2 id (24 hexadecimal digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a semantic version (X.Y.Z, e.g. 1.5.7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no token on standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 token: use --token-stdin, $IOTAAP_DEVICE_TOKEN, a token remembered in the keychain, or --token-from-account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account shows no token for group %1 (it has no earlier OTA record): use --token-stdin or $IOTAAP_DEVICE_TOKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token is not the one the account shows for %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 has no earlier OTA record: its existence and token are checked by the server during the upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 already has version %3, so its devices would not update: use --yes to upload it anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is older than version %2 of %3 %4: use --yes to downgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: %1 (%2, SHA-256 %3) as version %4 to %5 %6 (now %7): every check passed, nothing uploaded.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no earlier OTA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed %1 (%2, SHA-256 %3) as version %4 to %5 %6: %7
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeployDialog</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
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
    <name>ExitCode</name>
    <message>
        <source>Exit codes:
  0    success
  1    the API refused (4xx other than 401, 5xx, unexpected answer)
  2    usage error
  3    network, TLS or timeout
  4    authentication (login failed, 401, no token)
  5    invalid local input (firmware not valid, file unreadable,
       bad version or id, same version or downgrade without --yes)
  130  interrupted
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <source>Choose firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware images (*.bin);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export deploy history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
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
<context>
    <name>InspectCommand</name>
    <message>
        <source>Check a firmware file offline and show what it says about itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid ESP application image
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT a valid ESP application image: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chip:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash appended:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum OK:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest OK:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESP-IDF:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compiled:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ELF SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspect takes one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>Only records whose path contains S (a device or group id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only devices that match S.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order by last update: asc or desc (default desc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the first N records (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N records (default %1); with --all, the page size (default %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every record: follow the pages to the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print device and group tokens instead of masking them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the last OTA update of each device (or group).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the account&apos;s devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list takes at most one argument: device or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown list &quot;%1&quot;: use device or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>devices takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be table, json or csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--order must be asc or desc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--offset must be a whole number, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a whole number, 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST CONTACT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST UPDATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RECORD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginCommand</name>
    <message>
        <source>Account e-mail (default: the last one used with this API, or a prompt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the bearer token on stdout instead of storing it in the keychain (for $IOTAAP_TOKEN in a CI secret).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in and keep the token in the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no e-mail: use --email E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input is not a terminal: pass the password with --password-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password on standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s token cannot be read (no expiry claim)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed in, but the token could not be stored: %1 Use --print-token and $IOTAAP_TOKEN instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in to %1 as %2 (account %3). The token expires %4.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogoutCommand</name>
    <message>
        <source>Forget the token of the last login to this API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logout takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in to %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged out %1 from %2.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputFormat</name>
    <message>
        <source>Output format: %1 (default %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPrinter</name>
    <message>
        <source><byte value="xd"/>%1 / %2  %3%  %4/s  %5 left<byte value="x1b"/>[K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhoamiCommand</name>
    <message>
        <source>Show the account id, API URL and token expiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whoami takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token in use is not a readable JWT with an expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:    %1
Role:       %2
E-mail:     %3
API URL:    %4
Token from: %5
Expires:    %6%7
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token has expired: run &quot;iotaap-ota login&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotaap::DemoSandbox</name>
    <message>
        <source>The demo server could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server has no place for its data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server lists no account to sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server stopped (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotaap::DeployDialog</name>
    <message>
        <source>Deploy firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device&apos;s or group&apos;s token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember for this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAJOR.MINOR.PATCH, e.g. 1.4.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;oken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the current version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current version could not be looked up; it is not compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No firmware deployed to it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in from the account&apos;s device list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy anyway, knowing the target will not update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, downgrade to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the upload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 sent (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed. The server said: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload was cancelled; nothing was deployed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deployed; see the message above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotaap::DeployHistoryModel</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotaap::DeployHistoryView</name>
    <message>
        <source>Deploy &amp;again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deploy-history.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) exported to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iotaap::DeployJob</name>
    <message>
        <source>The attempt could not be written to the deploy history, so nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotaap::DeviceOtaTableModel</name>
    <message>
        <source>Device name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotaap::DeviceTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotaap::ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotaap::FirmwareDropArea</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop firmware.bin here, or Browse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotaap::FirmwareSummary</name>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chip:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDF version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid ESP application image (checksum and SHA-256 digest verified).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid ESP application image (checksum verified).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an ESP application image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotaap::GroupOtaTableModel</name>
    <message>
        <source>Group ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotaap::MainWindow</name>
    <message>
        <source>Device OTA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group OTA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deploy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy new firmware to the selected device (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload every table (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out and forget the saved session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy firmware &amp;path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the path with the token masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reveal token in path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by device ID, name or version (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IoTaaP OTA Manager — Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IoTaaP OTA Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy group ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy device ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy new &amp;firmware…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows shown are from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln record(s) (%2 in total)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stale: refreshed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotaap::MainWindowDeployHost</name>
    <message>
        <source>Deploy history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotaap::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the tables at this interval; Off reloads only on F5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh automatically every:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotaap::SignInController</name>
    <message>
        <source>The server answered with a session this app cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotaap::SignInDialog</name>
    <message>
        <source>&amp;Remember me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to IoTaaP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the session in the system keychain and sign in automatically next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your IoTaaP account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session expires soon. Enter your password to stay signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ended your session. Enter your password to continue where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotaap::cli</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the program&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotaap::cli::CliContext</name>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in again with &quot;iotaap-ota login&quot; or set $IOTAAP_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not logged in to %1: run &quot;iotaap-ota login&quot; or set $IOTAAP_TOKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no token for %1 in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: run &quot;iotaap-ota login&quot; or set $IOTAAP_TOKEN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>See the last firmware update of every device and deploy new firmware.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a local demo server with a seeded fleet and sign in to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API to sign in to (default: the last one used).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deploy history cannot be kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
