<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ApiError</name>
    <message>
        <source>The answer is larger than the limit of %1 bytes.</source>
        <translation>Die Antwort ist größer als die Grenze von %1 Bytes.</translation>
    </message>
    <message>
        <source>The server redirected the request to another site (%1); the redirect was not followed.</source>
        <translation>Der Server hat die Anfrage an eine andere Adresse umgeleitet (%1); der Umleitung wurde nicht gefolgt.</translation>
    </message>
    <message>
        <source>The request succeeded.</source>
        <translation>Die Anfrage war erfolgreich.</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>Der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The server stopped answering; the request timed out.</source>
        <translation>Der Server antwortet nicht mehr; die Zeit für die Anfrage ist abgelaufen.</translation>
    </message>
    <message>
        <source>The secure connection to the server could not be established.</source>
        <translation>Die sichere Verbindung zum Server konnte nicht hergestellt werden.</translation>
    </message>
    <message>
        <source>The account is not allowed to do this.</source>
        <translation>Das Konto darf diese Aktion nicht ausführen.</translation>
    </message>
    <message>
        <source>The server rejected the request.</source>
        <translation>Der Server hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>The server does not know this item.</source>
        <translation>Der Server kennt dieses Element nicht.</translation>
    </message>
    <message>
        <source>The server reported a problem (HTTP status %1).</source>
        <translation>Der Server hat ein Problem gemeldet (HTTP-Status %1).</translation>
    </message>
    <message>
        <source>The server reported a problem.</source>
        <translation>Der Server hat ein Problem gemeldet.</translation>
    </message>
    <message>
        <source>The server sent an answer this app cannot read.</source>
        <translation>Der Server hat eine Antwort gesendet, die diese App nicht lesen kann.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The request was not sent.</source>
        <translation>Die Anfrage wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>The server said: “%1”</source>
        <translation>Der Server meldet: „%1“</translation>
    </message>
    <message>
        <source>The server said: “%1” (%2)</source>
        <translation>Der Server meldet: „%1“ (%2)</translation>
    </message>
    <message>
        <source>A field is missing.</source>
        <translation>Ein Feld fehlt.</translation>
    </message>
    <message>
        <source>A field has an unexpected value.</source>
        <translation>Ein Feld hat einen unerwarteten Wert.</translation>
    </message>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation>Die Antwort ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The server address “%1” is not a valid http or https URL.</source>
        <translation>Die Serveradresse „%1“ ist keine gültige http- oder https-URL.</translation>
    </message>
    <message>
        <source>The server address “%1” does not use HTTPS; plain HTTP is only allowed to this computer.</source>
        <translation>Die Serveradresse „%1“ verwendet kein HTTPS; unverschlüsseltes HTTP ist nur zu diesem Computer erlaubt.</translation>
    </message>
    <message>
        <source>The server address “%1” contains a user name or password; remove it, you sign in separately.</source>
        <translation>Die Serveradresse „%1“ enthält einen Benutzernamen oder ein Passwort; entfernen Sie sie, die Anmeldung erfolgt separat.</translation>
    </message>
    <message numerus="yes">
        <source>It redirected the request again and again (%n times), so the request was given up.</source>
        <translation>
            <numerusform>Er hat die Anfrage immer wieder umgeleitet (%n-mal), daher wurde sie aufgegeben.</numerusform>
            <numerusform>Er hat die Anfrage immer wieder umgeleitet (%n-mal), daher wurde sie aufgegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>It closed while the firmware was being sent, after %1 of %2 bytes, as a server does that refuses a file it finds too large. Nothing was deployed.</source>
        <translation>Sie wurde während des Sendens der Firmware geschlossen, nach %1 von %2 Bytes, wie es ein Server tut, der eine zu große Datei ablehnt. Es wurde nichts bereitgestellt.</translation>
    </message>
    <message>
        <source>The server answered about device %1 when asked about %2.</source>
        <translation>Der Server antwortete zu Gerät %1, obwohl nach %2 gefragt wurde.</translation>
    </message>
    <message>
        <source>The connection to the server closed before its answer arrived.</source>
        <translation>Die Verbindung zum Server wurde geschlossen, bevor seine Antwort ankam.</translation>
    </message>
    <message>
        <source>The upload was stopped before its end, so nothing was deployed.</source>
        <translation>Das Hochladen wurde vor seinem Ende abgebrochen, daher wurde nichts bereitgestellt.</translation>
    </message>
    <message>
        <source>The server did not accept the credentials.</source>
        <translation>Der Server hat die Anmeldedaten nicht akzeptiert.</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>API base URL (default: $IOTAAP_API_URL, else %1).</source>
        <translation>API-Basis-URL (Standard: $IOTAAP_API_URL, sonst %1).</translation>
    </message>
    <message>
        <source>Give up a request after S seconds without progress (default %1; 0: never).</source>
        <translation>Eine Anfrage nach S Sekunden ohne Fortschritt aufgeben (Standard %1; 0: nie).</translation>
    </message>
    <message>
        <source>No progress and no notes on stderr; errors only.</source>
        <translation>Kein Fortschritt und keine Hinweise auf stderr; nur Fehler.</translation>
    </message>
    <message>
        <source>Usage: iotaap-ota [global options] COMMAND [options]

Deploys ESP32 firmware to devices and groups on the IoTaaP cloud.

Commands:
</source>
        <translation>Aufruf: iotaap-ota [globale Optionen] BEFEHL [Optionen]

Stellt ESP32-Firmware für Geräte und Gruppen in der IoTaaP-Cloud bereit.

Befehle:
</translation>
    </message>
    <message>
        <source>
&quot;iotaap-ota COMMAND --help&quot; shows a command&apos;s options.

Secrets are read from standard input (--password-stdin, --token-stdin), the
environment ($IOTAAP_TOKEN: a bearer token; $IOTAAP_DEVICE_TOKEN) or the OS
keychain, never from an argument.

</source>
        <translation>
&quot;iotaap-ota BEFEHL --help&quot; zeigt die Optionen eines Befehls.

Geheimnisse werden von der Standardeingabe (--password-stdin, --token-stdin), aus der
Umgebung ($IOTAAP_TOKEN: ein Bearer-Token; $IOTAAP_DEVICE_TOKEN) oder aus dem
Schlüsselbund des Betriebssystems gelesen, nie aus einem Argument.

</translation>
    </message>
    <message>
        <source>Usage: iotaap-ota %1

%2

</source>
        <translation>Aufruf: iotaap-ota %1

%2

</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; &quot;iotaap-ota --help&quot; lists them</source>
        <translation>unbekannter Befehl &quot;%1&quot;; &quot;iotaap-ota --help&quot; listet die Befehle auf</translation>
    </message>
    <message>
        <source>%1 &quot;iotaap-ota %2 --help&quot; shows the options.</source>
        <translation>%1 &quot;iotaap-ota %2 --help&quot; zeigt die Optionen.</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds, 0 or more</source>
        <translation>--timeout muss eine Anzahl Sekunden sein, 0 oder mehr</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the program&apos;s version.</source>
        <translation>Die Version des Programms anzeigen.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>Log in again with &quot;iotaap-ota login&quot; or set $IOTAAP_TOKEN.</source>
        <translation>Melden Sie sich mit &quot;iotaap-ota login&quot; erneut an, oder setzen Sie $IOTAAP_TOKEN.</translation>
    </message>
    <message>
        <source>not logged in to %1: run &quot;iotaap-ota login&quot; or set $IOTAAP_TOKEN</source>
        <translation>nicht bei %1 angemeldet: führen Sie &quot;iotaap-ota login&quot; aus oder setzen Sie $IOTAAP_TOKEN</translation>
    </message>
    <message>
        <source>no token for %1 in the keychain</source>
        <translation>kein Token für %1 im Schlüsselbund</translation>
    </message>
    <message>
        <source>%1: run &quot;iotaap-ota login&quot; or set $IOTAAP_TOKEN</source>
        <translation>%1: führen Sie &quot;iotaap-ota login&quot; aus oder setzen Sie $IOTAAP_TOKEN</translation>
    </message>
</context>
<context>
    <name>CredentialResult</name>
    <message>
        <source>No saved credentials were found in the keychain.</source>
        <translation>Im Schlüsselbund wurden keine gespeicherten Anmeldedaten gefunden.</translation>
    </message>
    <message>
        <source>No keychain (Secret Service) is available: you stay signed in for this session only.</source>
        <translation>Kein Schlüsselbund (Secret Service) verfügbar: Sie bleiben nur für diese Sitzung angemeldet.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time (it may be locked): you stay signed in for this session only.</source>
        <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet (er ist eventuell gesperrt): Sie bleiben nur für diese Sitzung angemeldet.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet: %1</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>The demo has no place for its data in %1: %2</source>
        <translation>Die Demo findet keinen Platz für ihre Daten in %1: %2</translation>
    </message>
</context>
<context>
    <name>DeployAttempt</name>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>Bereitgestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Not deployed</source>
        <translation>Nicht bereitgestellt</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
</context>
<context>
    <name>DeployChecks</name>
    <message>
        <source>Nothing usable was dropped: drop one firmware file.</source>
        <translation>Es wurde nichts Verwendbares abgelegt: Legen Sie eine Firmware-Datei ab.</translation>
    </message>
    <message numerus="yes">
        <source>%n files were dropped; drop exactly one firmware file.</source>
        <translation>
            <numerusform>%n Datei wurde abgelegt; legen Sie genau eine Firmware-Datei ab.</numerusform>
            <numerusform>%n Dateien wurden abgelegt; legen Sie genau eine Firmware-Datei ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a file on this computer; download it first, then drop the file.</source>
        <translation>%1 ist keine Datei auf diesem Computer; laden Sie sie zuerst herunter und legen Sie dann die Datei ab.</translation>
    </message>
    <message>
        <source>No firmware file was chosen.</source>
        <translation>Es wurde keine Firmware-Datei ausgewählt.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose the firmware.bin file inside it.</source>
        <translation>%1 ist ein Ordner; wählen Sie die Datei firmware.bin darin aus.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>Choose the device to deploy to.</source>
        <translation>Wählen Sie das Gerät für die Bereitstellung aus.</translation>
    </message>
    <message>
        <source>Choose the group to deploy to.</source>
        <translation>Wählen Sie die Gruppe für die Bereitstellung aus.</translation>
    </message>
    <message>
        <source>A device id</source>
        <translation>Eine Geräte-ID</translation>
    </message>
    <message>
        <source>A group id</source>
        <translation>Eine Gruppen-ID</translation>
    </message>
    <message>
        <source>%1 has only the digits 0-9 and the letters a-f.</source>
        <translation>%1 besteht nur aus den Ziffern 0-9 und den Buchstaben a-f.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has 24 hexadecimal digits; this has %n.</source>
        <translation>
            <numerusform>%1 hat 24 Hexadezimalziffern; diese hat %n.</numerusform>
            <numerusform>%1 hat 24 Hexadezimalziffern; diese hat %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the target&apos;s token.</source>
        <translation>Geben Sie das Token des Ziels ein.</translation>
    </message>
    <message>
        <source>Enter the firmware version, for example 1.4.2.</source>
        <translation>Geben Sie die Firmware-Version ein, zum Beispiel 1.4.2.</translation>
    </message>
    <message>
        <source>Only the firmware.bin application image that PlatformIO builds can be deployed.</source>
        <translation>Nur das Anwendungsimage firmware.bin, das PlatformIO erstellt, kann bereitgestellt werden.</translation>
    </message>
    <message>
        <source>A damaged image cannot be deployed.</source>
        <translation>Ein beschädigtes Image kann nicht bereitgestellt werden.</translation>
    </message>
    <message>
        <source>The chip id %1 is unknown to this app; make sure the image is built for the target&apos;s chip.</source>
        <translation>Die Chip-ID %1 ist dieser App unbekannt; stellen Sie sicher, dass das Image für den Chip des Ziels erstellt wurde.</translation>
    </message>
    <message>
        <source>The target already has version %1: it will not update, because an update is triggered only when the version differs.</source>
        <translation>Das Ziel hat bereits Version %1: Es wird nicht aktualisiert, weil ein Update nur bei einer anderen Version ausgelöst wird.</translation>
    </message>
    <message>
        <source>This is a downgrade: the target has version %1, newer than %2.</source>
        <translation>Dies ist ein Downgrade: Das Ziel hat Version %1, die neuer ist als %2.</translation>
    </message>
    <message>
        <source>(The server said: %1)</source>
        <translation>(Der Server meldet: %1)</translation>
    </message>
    <message>
        <source>The server does not accept this device id.</source>
        <translation>Der Server akzeptiert diese Geräte-ID nicht.</translation>
    </message>
    <message>
        <source>The server does not accept this group id.</source>
        <translation>Der Server akzeptiert diese Gruppen-ID nicht.</translation>
    </message>
    <message>
        <source>The server received no firmware file.</source>
        <translation>Der Server hat keine Firmware-Datei erhalten.</translation>
    </message>
    <message>
        <source>No such device: the id is unknown, belongs to another account, or the token is wrong.</source>
        <translation>Kein solches Gerät: Die ID ist unbekannt, gehört zu einem anderen Konto, oder das Token ist falsch.</translation>
    </message>
    <message>
        <source>No such group: the id is unknown, belongs to another account, or the token is wrong.</source>
        <translation>Keine solche Gruppe: Die ID ist unbekannt, gehört zu einem anderen Konto, oder das Token ist falsch.</translation>
    </message>
    <message>
        <source>The account may not deploy to this device.</source>
        <translation>Das Konto darf für dieses Gerät keine Firmware bereitstellen.</translation>
    </message>
    <message>
        <source>Group deploys are not available on the account&apos;s plan; upgrade the account or deploy to each device.</source>
        <translation>Gruppen-Bereitstellungen sind im Tarif des Kontos nicht verfügbar; wechseln Sie den Tarif, oder stellen Sie für jedes Gerät einzeln bereit.</translation>
    </message>
    <message>
        <source>The server refused the file as too large.</source>
        <translation>Der Server hat die Datei als zu groß abgelehnt.</translation>
    </message>
    <message>
        <source>The server failed to store the firmware; nothing was deployed.</source>
        <translation>Der Server konnte die Firmware nicht speichern; es wurde nichts bereitgestellt.</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>Meldung des Servers: %1</translation>
    </message>
    <message>
        <source>It said: %1 (%2)</source>
        <translation>Meldung des Servers: %1 (%2)</translation>
    </message>
    <message>
        <source>The sign-in has expired; sign in again, then the deploy is retried.</source>
        <translation>Die Anmeldung ist abgelaufen; melden Sie sich erneut an, dann wird die Bereitstellung wiederholt.</translation>
    </message>
    <message>
        <source>The upload was cancelled; nothing was deployed.</source>
        <translation>Der Upload wurde abgebrochen; es wurde nichts bereitgestellt.</translation>
    </message>
    <message>
        <source>The server says a required field is missing.</source>
        <translation>Der Server meldet, dass ein Pflichtfeld fehlt.</translation>
    </message>
    <message>
        <source>The server says the device id is missing.</source>
        <translation>Der Server meldet, dass die Geräte-ID fehlt.</translation>
    </message>
    <message>
        <source>The server says the group id is missing.</source>
        <translation>Der Server meldet, dass die Gruppen-ID fehlt.</translation>
    </message>
    <message>
        <source>The server says the token is missing.</source>
        <translation>Der Server meldet, dass das Token fehlt.</translation>
    </message>
    <message>
        <source>The server says the version is missing.</source>
        <translation>Der Server meldet, dass die Version fehlt.</translation>
    </message>
    <message>
        <source>The server says the firmware file is missing.</source>
        <translation>Der Server meldet, dass die Firmware-Datei fehlt.</translation>
    </message>
    <message>
        <source>%1 is not a version of the form MAJOR.MINOR.PATCH, for example 1.4.2; the API takes three numbers only.</source>
        <translation>%1 ist keine Version der Form MAJOR.MINOR.PATCH, zum Beispiel 1.4.2; die API nimmt nur drei Zahlen an.</translation>
    </message>
    <message>
        <source>The image is %1, larger than the %2 flash its header declares, so it cannot fit the device.</source>
        <translation>Das Image ist %1 groß, größer als der Flash von %2, den sein Header angibt, und passt daher nicht auf das Gerät.</translation>
    </message>
    <message>
        <source>%1 is not a firmware .bin file; PlatformIO writes firmware.bin in .pio/build/&lt;environment&gt;/.</source>
        <translation>%1 ist keine Firmware-.bin-Datei; PlatformIO schreibt firmware.bin nach .pio/build/&lt;Umgebung&gt;/.</translation>
    </message>
</context>
<context>
    <name>DeployCommand</name>
    <message>
        <source>Deploy to the device with this id.</source>
        <translation>Für das Gerät mit dieser ID bereitstellen.</translation>
    </message>
    <message>
        <source>Deploy to the group with this id.</source>
        <translation>Für die Gruppe mit dieser ID bereitstellen.</translation>
    </message>
    <message>
        <source>Version of the firmware (X.Y.Z).</source>
        <translation>Version der Firmware (X.Y.Z).</translation>
    </message>
    <message>
        <source>Read the device or group token from the first line of standard input. Otherwise: $IOTAAP_DEVICE_TOKEN, then the keychain.</source>
        <translation>Das Geräte- oder Gruppen-Token aus der ersten Zeile der Standardeingabe lesen. Sonst: $IOTAAP_DEVICE_TOKEN, dann der Schlüsselbund.</translation>
    </message>
    <message>
        <source>Take the token from the account: the device list for a device, the group&apos;s last OTA record for a group.</source>
        <translation>Das Token aus dem Konto übernehmen: für ein Gerät aus der Geräteliste, für eine Gruppe aus ihrem letzten OTA-Eintrag.</translation>
    </message>
    <message>
        <source>Make every check, upload nothing.</source>
        <translation>Alle Prüfungen durchführen, nichts hochladen.</translation>
    </message>
    <message>
        <source>Check a firmware file and deploy it to a device or group.</source>
        <translation>Eine Firmware-Datei prüfen und für ein Gerät oder eine Gruppe bereitstellen.</translation>
    </message>
    <message>
        <source>deploy takes one FILE</source>
        <translation>deploy erwartet genau eine Datei (FILE)</translation>
    </message>
    <message>
        <source>give either --device ID or --group ID</source>
        <translation>geben Sie entweder --device ID oder --group ID an</translation>
    </message>
    <message>
        <source>--version X.Y.Z is required</source>
        <translation>--version X.Y.Z ist erforderlich</translation>
    </message>
    <message>
        <source>--token-stdin and --token-from-account exclude each other</source>
        <translation>--token-stdin und --token-from-account schließen sich gegenseitig aus</translation>
    </message>
    <message>
        <source>--format must be text or json</source>
        <translation>--format muss text oder json sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2 id (24 hexadecimal digits)</source>
        <translation>&quot;%1&quot; ist keine gültige %2-ID (24 Hexadezimalziffern)</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no token on standard input</source>
        <translation>kein Token auf der Standardeingabe</translation>
    </message>
    <message>
        <source>no %1 token: use --token-stdin, $IOTAAP_DEVICE_TOKEN, a token remembered in the keychain, or --token-from-account</source>
        <translation>kein %1-Token: verwenden Sie --token-stdin, $IOTAAP_DEVICE_TOKEN, ein im Schlüsselbund gespeichertes Token oder --token-from-account</translation>
    </message>
    <message>
        <source>the account shows no token for group %1 (it has no earlier OTA record): use --token-stdin or $IOTAAP_DEVICE_TOKEN</source>
        <translation>das Konto zeigt kein Token für die Gruppe %1 (sie hat keinen früheren OTA-Eintrag): verwenden Sie --token-stdin oder $IOTAAP_DEVICE_TOKEN</translation>
    </message>
    <message>
        <source>the token is not the one the account shows for %1 %2</source>
        <translation>das Token ist nicht das, welches das Konto für %1 %2 anzeigt</translation>
    </message>
    <message>
        <source>Group %1 has no earlier OTA record: its existence and token are checked by the server during the upload.</source>
        <translation>Gruppe %1 hat keinen früheren OTA-Eintrag: Ob sie existiert und ihr Token stimmt, prüft der Server beim Upload.</translation>
    </message>
    <message>
        <source>%1 %2 already has version %3, so its devices would not update: use --yes to upload it anyway</source>
        <translation>%1 %2 hat bereits Version %3, daher würden die Geräte nicht aktualisiert: verwenden Sie --yes, um trotzdem hochzuladen</translation>
    </message>
    <message>
        <source>%1 is older than version %2 of %3 %4: use --yes to downgrade</source>
        <translation>%1 ist älter als Version %2 von %3 %4: verwenden Sie --yes für ein Downgrade</translation>
    </message>
    <message>
        <source>Dry run: %1 (%2, SHA-256 %3) as version %4 to %5 %6 (now %7): every check passed, nothing uploaded.
</source>
        <translation>Probelauf: %1 (%2, SHA-256 %3) als Version %4 für %5 %6 (aktuell %7): alle Prüfungen bestanden, nichts hochgeladen.
</translation>
    </message>
    <message>
        <source>no earlier OTA</source>
        <translation>kein früheres OTA</translation>
    </message>
    <message>
        <source>Deployed %1 (%2, SHA-256 %3) as version %4 to %5 %6: %7
</source>
        <translation>%1 (%2, SHA-256 %3) als Version %4 für %5 %6 bereitgestellt: %7
</translation>
    </message>
    <message>
        <source>Deploy also the version the target has, an older one, or an image larger than the flash size it declares.</source>
        <translation>Auch die Version bereitstellen, die das Ziel schon hat, eine ältere oder ein Image, das größer ist als die angegebene Flash-Größe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a version of the form MAJOR.MINOR.PATCH (three numbers, e.g. 1.5.7), the only form the API takes</source>
        <translation>&quot;%1&quot; ist keine Version der Form MAJOR.MINOR.PATCH (drei Zahlen, z. B. 1.5.7), die einzige Form, die die API annimmt</translation>
    </message>
    <message>
        <source>%1: %2 Use --yes to deploy it anyway.</source>
        <translation>%1: %2 Mit --yes wird es trotzdem bereitgestellt.</translation>
    </message>
    <message>
        <source>No such device: the account has no device %1.</source>
        <translation>Kein solches Gerät: das Konto hat kein Gerät %1.</translation>
    </message>
    <message>
        <source>The deploy is not kept in the deploy history: %1</source>
        <translation>Die Bereitstellung wird nicht im Bereitstellungsverlauf gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>DeployHistory</name>
    <message>
        <source>Cannot create the folder for the deploy history %1.</source>
        <translation>Der Ordner für den Bereitstellungsverlauf %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot create a lock file in %1.</source>
        <translation>In %1 kann keine Sperrdatei erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot open the deploy history %1: %2</source>
        <translation>Der Bereitstellungsverlauf %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The deploy history is not open.</source>
        <translation>Der Bereitstellungsverlauf ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The deploy history has no running attempt %1 started by this app instance.</source>
        <translation>Der Bereitstellungsverlauf hat keinen laufenden Versuch %1, den diese App-Instanz gestartet hat.</translation>
    </message>
    <message>
        <source>The export file is not open for writing.</source>
        <translation>Die Exportdatei ist nicht zum Schreiben geöffnet.</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Der Export kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the schema version of the deploy history %1.</source>
        <translation>Die Schemaversion des Bereitstellungsverlaufs %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The deploy history %1 was written by a newer version of this app (schema %2; this version knows up to %3).</source>
        <translation>Der Bereitstellungsverlauf %1 wurde von einer neueren Version dieser App geschrieben (Schema %2; diese Version kennt Schemas bis %3).</translation>
    </message>
    <message>
        <source>The deploy history %1 cannot be read or written: %2</source>
        <translation>Der Bereitstellungsverlauf %1 kann nicht gelesen oder geschrieben werden: %2</translation>
    </message>
    <message>
        <source>A deploy attempt cannot finish as running or interrupted.</source>
        <translation>Ein Bereitstellungsversuch kann nicht als laufend oder unterbrochen enden.</translation>
    </message>
    <message>
        <source>An unknown outcome can only become deployed or not deployed.</source>
        <translation>Ein unbekanntes Ergebnis kann nur bereitgestellt oder nicht bereitgestellt werden.</translation>
    </message>
    <message>
        <source>The deploy history has no attempt %1 of unknown outcome.</source>
        <translation>Der Bereitstellungsverlauf hat keinen Versuch %1 mit unbekanntem Ergebnis.</translation>
    </message>
</context>
<context>
    <name>DeployProgress</name>
    <message>
        <source>%1 of %2 sent (%3)</source>
        <translation>%1 von %2 gesendet (%3)</translation>
    </message>
    <message>
        <source>%1 of %2 sent (%3) · %4/s</source>
        <translation>%1 von %2 gesendet (%3) · %4/s</translation>
    </message>
    <message>
        <source>%1 of %2 sent (%3) · %4/s · %5 left</source>
        <translation>%1 von %2 gesendet (%3) · %4/s · noch %5</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
</context>
<context>
    <name>DeviceListInput</name>
    <message>
        <source>%1 holds no device id</source>
        <translation>%1 enthält keine Geräte-ID</translation>
    </message>
    <message>
        <source>%1, line %2: a CSV file needs a header row with an &quot;id&quot; column, as &quot;iotaap-ota devices --format csv&quot; writes it</source>
        <translation>%1, Zeile %2: eine CSV-Datei braucht eine Kopfzeile mit einer Spalte &quot;id&quot;, wie sie &quot;iotaap-ota devices --format csv&quot; schreibt</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field does not end</source>
        <translation>%1, Zeile %2: ein Feld in Anführungszeichen endet nicht</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot; is not a device id (24 hexadecimal digits)</source>
        <translation>%1, Zeile %2: &quot;%3&quot; ist keine Geräte-ID (24 Hexadezimalziffern)</translation>
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
        <translation>Exit-Codes:
  0    Erfolg
  1    die API hat abgelehnt (4xx außer 401, 5xx, unerwartete Antwort)
  2    Aufruffehler
  3    Netzwerk, TLS oder Zeitüberschreitung
  4    Authentifizierung (Anmeldung fehlgeschlagen, 401, kein Token)
  5    ungültige lokale Eingabe (Firmware ungültig, Datei nicht lesbar,
       falsche Version oder ID, gleiche Version oder Downgrade ohne --yes)
  130  unterbrochen
</translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <source>Choose firmware</source>
        <translation>Firmware auswählen</translation>
    </message>
    <message>
        <source>Firmware images (*.bin);;All files (*)</source>
        <translation>Firmware-Images (*.bin);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export deploy history</source>
        <translation>Bereitstellungsverlauf exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>FirmwareImage</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read the file after byte %L1: %2</source>
        <translation>die Datei kann nach Byte %L1 nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>not an ESP32 application image: first byte is 0x%1, expected 0x%2</source>
        <translation>kein ESP32-Anwendungsimage: das erste Byte ist 0x%1, erwartet 0x%2</translation>
    </message>
    <message>
        <source>not an ESP32 application image: segment count is %1, expected 1 to %2</source>
        <translation>kein ESP32-Anwendungsimage: die Segmentanzahl ist %1, erwartet 1 bis %2</translation>
    </message>
    <message>
        <source>image is truncated: the image header ends at %L1 but the file has %L2 bytes</source>
        <translation>Image ist abgeschnitten: der Image-Header endet bei %L1, aber die Datei hat %L2 Bytes</translation>
    </message>
    <message>
        <source>not an ESP32 application image: chip id is 0x%1 (invalid)</source>
        <translation>kein ESP32-Anwendungsimage: die Chip-ID ist 0x%1 (ungültig)</translation>
    </message>
    <message>
        <source>unknown chip id 0x%1: the image may be for a chip newer than this program knows</source>
        <translation>unbekannte Chip-ID 0x%1: das Image ist eventuell für einen neueren Chip, den dieses Programm nicht kennt</translation>
    </message>
    <message>
        <source>image is truncated: the header of segment %1 ends at %L2 but the file has %L3 bytes</source>
        <translation>Image ist abgeschnitten: der Header von Segment %1 endet bei %L2, aber die Datei hat %L3 Bytes</translation>
    </message>
    <message>
        <source>image is damaged: segment %1 has length %L2, not a multiple of 4</source>
        <translation>Image ist beschädigt: Segment %1 hat die Länge %L2, kein Vielfaches von 4</translation>
    </message>
    <message>
        <source>image is damaged: segment %1 has length %L2, segments must be shorter than 16 MiB</source>
        <translation>Image ist beschädigt: Segment %1 hat die Länge %L2, Segmente müssen kürzer als 16 MiB sein</translation>
    </message>
    <message>
        <source>image is truncated: segment %1 ends at %L2 but the file has %L3 bytes</source>
        <translation>Image ist abgeschnitten: Segment %1 endet bei %L2, aber die Datei hat %L3 Bytes</translation>
    </message>
    <message>
        <source>image is truncated: the checksum ends at %L1 but the file has %L2 bytes</source>
        <translation>Image ist abgeschnitten: die Prüfsumme endet bei %L1, aber die Datei hat %L2 Bytes</translation>
    </message>
    <message>
        <source>checksum mismatch: stored 0x%1, computed 0x%2</source>
        <translation>Prüfsumme stimmt nicht: gespeichert 0x%1, berechnet 0x%2</translation>
    </message>
    <message>
        <source>image is truncated: the SHA-256 digest ends at %L1 but the file has %L2 bytes</source>
        <translation>Image ist abgeschnitten: der SHA-256-Digest endet bei %L1, aber die Datei hat %L2 Bytes</translation>
    </message>
    <message>
        <source>SHA-256 digest mismatch: stored %1…, computed %2…</source>
        <translation>SHA-256-Digest stimmt nicht: gespeichert %1…, berechnet %2…</translation>
    </message>
    <message>
        <source>not an ESP32 application image: segment 1 has %L1 bytes, too short for the %L2-byte application descriptor</source>
        <translation>kein ESP32-Anwendungsimage: Segment 1 hat %L1 Bytes, zu kurz für den Anwendungsdeskriptor mit %L2 Bytes</translation>
    </message>
    <message>
        <source>not an ESP32 application image: no application descriptor at 0x20 (found 0x%1, expected 0x%2)</source>
        <translation>kein ESP32-Anwendungsimage: kein Anwendungsdeskriptor bei 0x20 (gefunden 0x%1, erwartet 0x%2)</translation>
    </message>
    <message>
        <source>cannot compute the SHA-256 of the file: the OpenSSL crypto library failed</source>
        <translation>SHA-256 der Datei kann nicht berechnet werden: die OpenSSL-Kryptobibliothek ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>HelpTexts</name>
    <message>
        <source>&lt;h3&gt;IoTaaP OTA Manager %1&lt;/h3&gt;&lt;p&gt;See the last over-the-air update of every device of an IoTaaP account, and deploy new firmware to one device, a group or a whole fleet.&lt;/p&gt;&lt;p&gt;Qt %2 (built with Qt %3)&lt;/p&gt;</source>
        <translation>&lt;h3&gt;IoTaaP OTA Manager %1&lt;/h3&gt;&lt;p&gt;Zeigt das letzte Over-the-Air-Update jedes Geräts eines IoTaaP-Kontos und stellt neue Firmware auf einem Gerät, einer Gruppe oder einer ganzen Flotte bereit.&lt;/p&gt;&lt;p&gt;Qt %2 (gebaut mit Qt %3)&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>Check a firmware file offline and show what it says about itself.</source>
        <translation>Eine Firmware-Datei offline prüfen und anzeigen, was sie über sich selbst aussagt.</translation>
    </message>
    <message>
        <source>Valid ESP application image
</source>
        <translation>Gültiges ESP-Anwendungsimage
</translation>
    </message>
    <message>
        <source>NOT a valid ESP application image: %1
</source>
        <translation>KEIN gültiges ESP-Anwendungsimage: %1
</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Chip:</source>
        <translation>Chip:</translation>
    </message>
    <message>
        <source>unknown (id %1)</source>
        <translation>unbekannt (ID %1)</translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation>Segmente:</translation>
    </message>
    <message>
        <source>Hash appended:</source>
        <translation>Hash angehängt:</translation>
    </message>
    <message>
        <source>Checksum OK:</source>
        <translation>Prüfsumme OK:</translation>
    </message>
    <message>
        <source>Digest OK:</source>
        <translation>Digest OK:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Projekt:</translation>
    </message>
    <message>
        <source>ESP-IDF:</source>
        <translation>ESP-IDF:</translation>
    </message>
    <message>
        <source>Compiled:</source>
        <translation>Kompiliert:</translation>
    </message>
    <message>
        <source>ELF SHA-256:</source>
        <translation>ELF-SHA-256:</translation>
    </message>
    <message>
        <source>Secure version:</source>
        <translation>Sicherheitsversion:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Warnung:</translation>
    </message>
    <message>
        <source>inspect takes one FILE</source>
        <translation>inspect erwartet genau eine Datei (FILE)</translation>
    </message>
    <message>
        <source>--format must be text or json</source>
        <translation>--format muss text oder json sein</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>Flash size:</source>
        <translation>Flash-Größe:</translation>
    </message>
    <message>
        <source>the image is larger than the flash size its header declares, so it cannot fit the device</source>
        <translation>das Image ist größer als die Flash-Größe, die sein Header angibt, und passt daher nicht auf das Gerät</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>Only records whose path contains S (a device or group id).</source>
        <translation>Nur Einträge, deren Pfad S enthält (eine Geräte- oder Gruppen-ID).</translation>
    </message>
    <message>
        <source>Only devices that match S.</source>
        <translation>Nur Geräte, die zu S passen.</translation>
    </message>
    <message>
        <source>Order by last update: asc or desc (default desc).</source>
        <translation>Nach letzter Aktualisierung sortieren: asc oder desc (Standard desc).</translation>
    </message>
    <message>
        <source>Skip the first N records (default 0).</source>
        <translation>Die ersten N Einträge überspringen (Standard 0).</translation>
    </message>
    <message>
        <source>At most N records (default %1); with --all, the page size (default %2).</source>
        <translation>Höchstens N Einträge (Standard %1); mit --all die Seitengröße (Standard %2).</translation>
    </message>
    <message>
        <source>Every record: follow the pages to the end.</source>
        <translation>Alle Einträge: den Seiten bis zum Ende folgen.</translation>
    </message>
    <message>
        <source>Print device and group tokens instead of masking them.</source>
        <translation>Geräte- und Gruppen-Tokens ausgeben, statt sie zu maskieren.</translation>
    </message>
    <message>
        <source>List the last OTA update of each device (or group).</source>
        <translation>Das letzte OTA-Update jedes Geräts (oder jeder Gruppe) auflisten.</translation>
    </message>
    <message>
        <source>List the account&apos;s devices.</source>
        <translation>Die Geräte des Kontos auflisten.</translation>
    </message>
    <message>
        <source>list takes at most one argument: device or group</source>
        <translation>list erwartet höchstens ein Argument: device oder group</translation>
    </message>
    <message>
        <source>unknown list &quot;%1&quot;: use device or group</source>
        <translation>unbekannte Liste &quot;%1&quot;: verwenden Sie device oder group</translation>
    </message>
    <message>
        <source>devices takes no arguments</source>
        <translation>devices erwartet keine Argumente</translation>
    </message>
    <message>
        <source>--format must be table, json or csv</source>
        <translation>--format muss table, json oder csv sein</translation>
    </message>
    <message>
        <source>--order must be asc or desc</source>
        <translation>--order muss asc oder desc sein</translation>
    </message>
    <message>
        <source>--offset must be a whole number, 0 or more</source>
        <translation>--offset muss eine ganze Zahl sein, 0 oder mehr</translation>
    </message>
    <message>
        <source>--limit must be a whole number, 1 or more</source>
        <translation>--limit muss eine ganze Zahl sein, 1 oder mehr</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GRUPPE</translation>
    </message>
    <message>
        <source>LAST CONTACT</source>
        <translation>LETZTER KONTAKT</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>EIGENTÜMER</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>GERÄT</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>LAST UPDATED</source>
        <translation>ZULETZT AKTUALISIERT</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>RECORD</source>
        <translation>EINTRAG</translation>
    </message>
</context>
<context>
    <name>LoginCommand</name>
    <message>
        <source>Account e-mail (default: the last one used with this API, or a prompt).</source>
        <translation>Konto-E-Mail (Standard: die zuletzt mit dieser API verwendete, sonst eine Abfrage).</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input.</source>
        <translation>Das Passwort aus der ersten Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Print the bearer token on stdout instead of storing it in the keychain (for $IOTAAP_TOKEN in a CI secret).</source>
        <translation>Das Bearer-Token auf stdout ausgeben, statt es im Schlüsselbund zu speichern (für $IOTAAP_TOKEN in einem CI-Secret).</translation>
    </message>
    <message>
        <source>Sign in and keep the token in the OS keychain.</source>
        <translation>Anmelden und das Token im Schlüsselbund des Betriebssystems speichern.</translation>
    </message>
    <message>
        <source>login takes no arguments</source>
        <translation>login erwartet keine Argumente</translation>
    </message>
    <message>
        <source>--format must be text or json</source>
        <translation>--format muss text oder json sein</translation>
    </message>
    <message>
        <source>E-mail: </source>
        <translation>E-Mail: </translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>no e-mail: use --email E</source>
        <translation>keine E-Mail: verwenden Sie --email E</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>standard input is not a terminal: pass the password with --password-stdin</source>
        <translation>die Standardeingabe ist kein Terminal: übergeben Sie das Passwort mit --password-stdin</translation>
    </message>
    <message>
        <source>no password on standard input</source>
        <translation>kein Passwort auf der Standardeingabe</translation>
    </message>
    <message>
        <source>the server&apos;s token cannot be read (no expiry claim)</source>
        <translation>das Token des Servers kann nicht gelesen werden (kein Ablaufdatum)</translation>
    </message>
    <message>
        <source>signed in, but the token could not be stored: %1 Use --print-token and $IOTAAP_TOKEN instead.</source>
        <translation>angemeldet, aber das Token konnte nicht gespeichert werden: %1 Verwenden Sie stattdessen --print-token und $IOTAAP_TOKEN.</translation>
    </message>
    <message>
        <source>Logged in to %1 as %2 (account %3). The token expires %4.
</source>
        <translation>Bei %1 als %2 angemeldet (Konto %3). Das Token ist gültig bis %4.
</translation>
    </message>
</context>
<context>
    <name>LogoutCommand</name>
    <message>
        <source>Forget the token of the last login to this API.</source>
        <translation>Das Token der letzten Anmeldung bei dieser API vergessen.</translation>
    </message>
    <message>
        <source>logout takes no arguments</source>
        <translation>logout erwartet keine Argumente</translation>
    </message>
    <message>
        <source>--format must be text or json</source>
        <translation>--format muss text oder json sein</translation>
    </message>
    <message>
        <source>the token could not be removed: %1</source>
        <translation>das Token konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Not logged in to %1.
</source>
        <translation>Nicht bei %1 angemeldet.
</translation>
    </message>
    <message>
        <source>Logged out %1 from %2.
</source>
        <translation>%1 von %2 abgemeldet.
</translation>
    </message>
</context>
<context>
    <name>OutputFormat</name>
    <message>
        <source>Output format: %1 (default %2).</source>
        <translation>Ausgabeformat: %1 (Standard %2).</translation>
    </message>
</context>
<context>
    <name>PageSequence</name>
    <message>
        <source>The number of records changed from %L1 to %L2 while they were read; refresh to read them again.</source>
        <translation>Die Zahl der Einträge hat sich beim Lesen von %L1 auf %L2 geändert; aktualisieren Sie, um sie neu zu lesen.</translation>
    </message>
    <message>
        <source>The server claimed %L1 records but left out records %L2 to %L3.</source>
        <translation>Der Server gab %L1 Einträge an, ließ aber die Einträge %L2 bis %L3 aus.</translation>
    </message>
    <message>
        <source>The server sent %L1 records when %L2 were asked for.</source>
        <translation>Der Server schickte %L1 Einträge, obwohl %L2 angefordert waren.</translation>
    </message>
    <message>
        <source>The server sent more records than the %L1 it claimed.</source>
        <translation>Der Server schickte mehr Einträge als die %L1, die er angab.</translation>
    </message>
    <message>
        <source>The server claimed %L1 records but sent only %L2.</source>
        <translation>Der Server gab %L1 Einträge an, schickte aber nur %L2.</translation>
    </message>
    <message>
        <source>The server sent record %1 twice; it may be ignoring the offset of its pages.</source>
        <translation>Der Server schickte den Eintrag %1 zweimal; vielleicht ignoriert er den Offset seiner Seiten.</translation>
    </message>
    <message>
        <source>The server claims %L1 records: reading them %L2 at a time would take %L3 requests, more than %L4, so the count is not believable.</source>
        <translation>Der Server gibt %L1 Einträge an: sie zu je %L2 zu lesen, bräuchte %L3 Anfragen, mehr als %L4; diese Zahl ist nicht glaubhaft.</translation>
    </message>
</context>
<context>
    <name>RegularFile</name>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>eine benannte Pipe</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>something other than a file</source>
        <translation>etwas anderes als eine Datei</translation>
    </message>
    <message>
        <source>no file was chosen</source>
        <translation>es wurde keine Datei ausgewählt</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>it is %1, not a regular file</source>
        <translation>es ist %1, keine normale Datei</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>es ist keine normale Datei</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>in the future</source>
        <translation>in der Zukunft</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>vor %n Monat</numerusform>
            <numerusform>vor %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>vor %n Jahr</numerusform>
            <numerusform>vor %n Jahren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RolloutBoard</name>
    <message>
        <source>Preparing.</source>
        <translation>Wird vorbereitet.</translation>
    </message>
    <message>
        <source>Wave %1 of %2 running.</source>
        <translation>Welle %1 von %2 läuft.</translation>
    </message>
    <message>
        <source>Pausing: the running uploads end first. %1</source>
        <translation>Wird angehalten: laufende Uploads enden zuerst. %1</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Gestoppt: %1</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Wave %1 of %2 done: waiting for you to continue.</source>
        <translation>Welle %1 von %2 fertig: wartet darauf, dass Sie fortfahren.</translation>
    </message>
    <message>
        <source>Wave %1 of %2 done: the next wave starts in %3 s.</source>
        <translation>Welle %1 von %2 fertig: die nächste Welle beginnt in %3 s.</translation>
    </message>
    <message>
        <source>Wave %1 of %2 done: %3 of %4 devices checked in, %5 % needed, %6 s left.</source>
        <translation>Welle %1 von %2 fertig: %3 von %4 Geräten haben sich gemeldet, %5 % nötig, noch %6 s.</translation>
    </message>
    <message>
        <source>%1 uploading %2%</source>
        <translation>%1 beim Hochladen %2%</translation>
    </message>
    <message>
        <source>%1 queued</source>
        <translation>%1 in der Warteschlange</translation>
    </message>
    <message>
        <source>%1 deployed</source>
        <translation>%1 bereitgestellt</translation>
    </message>
    <message>
        <source>%1 confirmed</source>
        <translation>%1 bestätigt</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 unknown</source>
        <translation>%1 unbekannt</translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation>%1 abgebrochen</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 übersprungen</translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>ausgelassen: %1</translation>
    </message>
    <message>
        <source>wave %1/%2: %3</source>
        <translation>Welle %1/%2: %3</translation>
    </message>
</context>
<context>
    <name>RolloutCommand</name>
    <message>
        <source>Version of the firmware (X.Y.Z).</source>
        <translation>Version der Firmware (X.Y.Z).</translation>
    </message>
    <message>
        <source>Roll out to the device ids in FILE (- for standard input): one per line, or CSV with an id column as &quot;devices --format csv&quot; writes it.</source>
        <translation>An die Geräte-IDs in FILE ausrollen (- für die Standardeingabe): eine pro Zeile oder CSV mit einer Spalte id, wie &quot;devices --format csv&quot; sie schreibt.</translation>
    </message>
    <message>
        <source>Roll out to the devices that match S.</source>
        <translation>An die Geräte ausrollen, die zu S passen.</translation>
    </message>
    <message>
        <source>Roll out to the devices in the group with this id.</source>
        <translation>An die Geräte der Gruppe mit dieser ID ausrollen.</translation>
    </message>
    <message>
        <source>Cumulative wave sizes, counts or shares (default %1).</source>
        <translation>Kumulative Wellengrößen, Anzahlen oder Anteile (Standard %1).</translation>
    </message>
    <message>
        <source>Uploads at once, %1 to %2 (default %3).</source>
        <translation>Gleichzeitige Uploads, %1 bis %2 (Standard %3).</translation>
    </message>
    <message>
        <source>Between the waves: manual (a question on the terminal), delay:DURATION or checkin:PERCENT:TIMEOUT (default manual).</source>
        <translation>Zwischen den Wellen: manual (eine Frage im Terminal), delay:DAUER oder checkin:PROZENT:ZEITLIMIT (Standard manual).</translation>
    </message>
    <message>
        <source>Stop when more than P % of a wave fail, 0 to 100 (default %1).</source>
        <translation>Anhalten, wenn mehr als P % einer Welle fehlschlagen, 0 bis 100 (Standard %1).</translation>
    </message>
    <message>
        <source>Make the pre-flight, print the plan, upload nothing.</source>
        <translation>Die Vorprüfung machen, den Plan ausgeben, nichts hochladen.</translation>
    </message>
    <message>
        <source>Start without asking; include downgrades and an image larger than the flash size it declares.</source>
        <translation>Ohne Rückfrage starten; Downgrades und ein Image größer als die angegebene Flash-Größe einschließen.</translation>
    </message>
    <message>
        <source>Deploy a firmware file to many devices in waves.</source>
        <translation>Eine Firmware-Datei in Wellen auf viele Geräte bereitstellen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid group id (24 hexadecimal digits)</source>
        <translation>&quot;%1&quot; ist keine gültige Gruppen-ID (24 Hexadezimalziffern)</translation>
    </message>
    <message>
        <source>no device of the account matches: nothing to roll out</source>
        <translation>kein Gerät des Kontos passt: nichts auszurollen</translation>
    </message>
    <message numerus="yes">
        <source>%n downgrade(s) left out: pass --yes to include them.</source>
        <translation>
            <numerusform>%n Downgrade ausgelassen: mit --yes wird er eingeschlossen.</numerusform>
            <numerusform>%n Downgrades ausgelassen: mit --yes werden sie eingeschlossen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start the rollout? [y/N] </source>
        <translation>Das Ausrollen starten? [y/N] </translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>the rollout was not started</source>
        <translation>das Ausrollen wurde nicht gestartet</translation>
    </message>
    <message>
        <source>rollout takes one FILE</source>
        <translation>rollout nimmt eine FILE</translation>
    </message>
    <message>
        <source>--version X.Y.Z is required</source>
        <translation>--version X.Y.Z ist erforderlich</translation>
    </message>
    <message>
        <source>give one of --devices-from FILE, --search S or --group-members GROUP_ID</source>
        <translation>geben Sie eines von --devices-from FILE, --search S oder --group-members GROUP_ID an</translation>
    </message>
    <message>
        <source>--format must be text or json</source>
        <translation>--format muss text oder json sein</translation>
    </message>
    <message>
        <source>--waves: %1</source>
        <translation>--waves: %1</translation>
    </message>
    <message>
        <source>--gate: %1</source>
        <translation>--gate: %1</translation>
    </message>
    <message>
        <source>--concurrency must be a whole number from %1 to %2</source>
        <translation>--concurrency muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>--max-failures must be a whole number from 0 to 100</source>
        <translation>--max-failures muss eine ganze Zahl von 0 bis 100 sein</translation>
    </message>
    <message>
        <source>without a terminal nobody can continue past a manual gate: pass --gate delay:DURATION or --gate checkin:PERCENT:TIMEOUT</source>
        <translation>ohne Terminal kann niemand an einem manuellen Tor fortfahren: --gate delay:DAUER oder --gate checkin:PROZENT:ZEITLIMIT angeben</translation>
    </message>
    <message>
        <source>without a terminal the rollout cannot be confirmed: pass --yes</source>
        <translation>ohne Terminal kann das Ausrollen nicht bestätigt werden: --yes angeben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a version of the form MAJOR.MINOR.PATCH (three numbers, e.g. 1.5.7), the only form the API takes</source>
        <translation>&quot;%1&quot; ist keine Version der Form MAJOR.MINOR.PATCH (drei Zahlen, z. B. 1.5.7), die einzige Form, die die API annimmt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 Use --yes to deploy it anyway.</source>
        <translation>%1: %2 Mit --yes wird es trotzdem bereitgestellt.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Take up the rollout with this id (see --list) where it ended.</source>
        <translation>Den Rollout mit dieser ID (siehe --list) dort fortsetzen, wo er endete.</translation>
    </message>
    <message>
        <source>List the rollouts of the deploy history, newest first.</source>
        <translation>Die Rollouts des Bereitstellungsverlaufs auflisten, neueste zuerst.</translation>
    </message>
    <message>
        <source>With --resume: upload again to the devices that failed (never to one that is deployed).</source>
        <translation>Mit --resume: erneut auf die fehlgeschlagenen Geräte hochladen (nie auf ein bereitgestelltes).</translation>
    </message>
    <message>
        <source>The rollout is not kept in the deploy history, so it cannot be resumed: %1</source>
        <translation>Der Rollout wird nicht im Bereitstellungsverlauf gespeichert und kann daher nicht fortgesetzt werden: %1</translation>
    </message>
    <message>
        <source>--list takes no FILE and no option but --format</source>
        <translation>--list nimmt keine DATEI und keine Option außer --format</translation>
    </message>
    <message>
        <source>No rollout in the deploy history %1.</source>
        <translation>Kein Rollout im Bereitstellungsverlauf %1.</translation>
    </message>
    <message>
        <source>%1  %2  %3  version %4  %5  %6
</source>
        <translation>%1  %2  %3  Version %4  %5  %6
</translation>
    </message>
    <message>
        <source>--resume takes up the rollout&apos;s own plan: no FILE and no option but --format and --yes</source>
        <translation>--resume setzt den eigenen Plan des Rollouts fort: keine DATEI und keine Option außer --format und --yes</translation>
    </message>
    <message>
        <source>--resume takes a rollout id, a whole number (see --list)</source>
        <translation>--resume nimmt eine Rollout-ID, eine ganze Zahl (siehe --list)</translation>
    </message>
    <message>
        <source>no rollout can be resumed: %1</source>
        <translation>kein Rollout kann fortgesetzt werden: %1</translation>
    </message>
    <message>
        <source>the deploy history has no rollout %1 (see --list)</source>
        <translation>der Bereitstellungsverlauf hat keinen Rollout %1 (siehe --list)</translation>
    </message>
    <message>
        <source>rollout %1 ran against %2: pass --api-url %2</source>
        <translation>Rollout %1 lief gegen %2: geben Sie --api-url %2 an</translation>
    </message>
    <message>
        <source>rollout %1 has manual gates between its waves: resume it on a terminal</source>
        <translation>Rollout %1 hat manuelle Schranken zwischen seinen Wellen: setzen Sie ihn in einem Terminal fort</translation>
    </message>
    <message>
        <source>%1 changed since rollout %2 started: its SHA-256 is no longer %3; start a new rollout with the new file</source>
        <translation>%1 hat sich seit dem Start von Rollout %2 geändert: seine SHA-256 ist nicht mehr %3; starten Sie einen neuen Rollout mit der neuen Datei</translation>
    </message>
    <message>
        <source>--retry-failed goes with --resume ROLLOUT_ID</source>
        <translation>--retry-failed gehört zu --resume ROLLOUT_ID</translation>
    </message>
</context>
<context>
    <name>RolloutDriver</name>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>Wave %1 done: continue to wave %2? [y/N] </source>
        <translation>Welle %1 fertig: mit Welle %2 fortfahren? [y/N] </translation>
    </message>
    <message>
        <source>%1 of the %2 devices planned were not deployed.</source>
        <translation>%1 der %2 geplanten Geräte wurden nicht bereitgestellt.</translation>
    </message>
    <message>
        <source>Log in again with &quot;iotaap-ota login&quot; or set $IOTAAP_TOKEN, then run the rollout again: the devices already on the version are skipped.</source>
        <translation>Melden Sie sich mit &quot;iotaap-ota login&quot; erneut an oder setzen Sie $IOTAAP_TOKEN, dann starten Sie das Ausrollen erneut: Geräte, die die Version schon haben, werden übersprungen.</translation>
    </message>
    <message>
        <source>the rollout was stopped at the gate after wave %1</source>
        <translation>das Ausrollen wurde am Tor nach Welle %1 gestoppt</translation>
    </message>
</context>
<context>
    <name>RolloutJournal</name>
    <message>
        <source>The deploy history is not open.</source>
        <translation>Der Bereitstellungsverlauf ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The deploy history %1 cannot be written: %2</source>
        <translation>Der Bereitstellungsverlauf %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The deploy history has no rollout %1 run by this app instance.</source>
        <translation>Der Bereitstellungsverlauf hat keinen Rollout %1, den diese App-Instanz ausführt.</translation>
    </message>
    <message>
        <source>The deploy history has no target %1 in rollout %2.</source>
        <translation>Der Bereitstellungsverlauf hat kein Ziel %1 in Rollout %2.</translation>
    </message>
    <message>
        <source>The deploy history has no rollout %1.</source>
        <translation>Der Bereitstellungsverlauf hat keinen Rollout %1.</translation>
    </message>
    <message>
        <source>Rollout %1 has a target in a state this version does not know (%2).</source>
        <translation>Rollout %1 hat ein Ziel in einem Zustand, den diese Version nicht kennt (%2).</translation>
    </message>
    <message>
        <source>Rollout %1 is open in another window or command that is still running; stop it there first.</source>
        <translation>Rollout %1 ist in einem anderen Fenster oder Befehl geöffnet, der noch läuft; beenden Sie ihn zuerst dort.</translation>
    </message>
    <message>
        <source>Rollout %1 was just taken over by another window or command.</source>
        <translation>Rollout %1 wurde gerade von einem anderen Fenster oder Befehl übernommen.</translation>
    </message>
    <message>
        <source>The deploy history %1 cannot be read or written: %2</source>
        <translation>Der Bereitstellungsverlauf %1 kann nicht gelesen oder geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>RolloutPlan</name>
    <message>
        <source>“%1” is not a wave size: give a number of devices (5) or a share of them (10%).</source>
        <translation>„%1“ ist keine Wellengröße: geben Sie eine Anzahl Geräte (5) oder einen Anteil (10%) an.</translation>
    </message>
    <message>
        <source>“%1” is not a wave size: counts start at 1, shares go from 1% to 100%.</source>
        <translation>„%1“ ist keine Wellengröße: Anzahlen beginnen bei 1, Anteile reichen von 1% bis 100%.</translation>
    </message>
    <message>
        <source>Waves are cumulative, so each must be larger than the one before: %1 follows %2.</source>
        <translation>Wellen sind kumulativ, also muss jede größer sein als die vorige: %1 folgt auf %2.</translation>
    </message>
    <message>
        <source>“%1” is not a duration: write e.g. 30s, 5m or 1h.</source>
        <translation>„%1“ ist keine Dauer: schreiben Sie z. B. 30s, 5m oder 1h.</translation>
    </message>
    <message>
        <source>“%1” is not a share of devices: write 1 to 100.</source>
        <translation>„%1“ ist kein Anteil der Geräte: schreiben Sie 1 bis 100.</translation>
    </message>
    <message>
        <source>“%1” is not a gate: write manual, delay:DURATION or checkin:PERCENT:TIMEOUT (e.g. checkin:80:10m).</source>
        <translation>„%1“ ist kein Tor: schreiben Sie manual, delay:DAUER oder checkin:PROZENT:ZEITLIMIT (z. B. checkin:80:10m).</translation>
    </message>
</context>
<context>
    <name>RolloutPreview</name>
    <message>
        <source>A downgrade from %1: pass --yes to include it.</source>
        <translation>Ein Downgrade von %1: mit --yes wird es eingeschlossen.</translation>
    </message>
</context>
<context>
    <name>RolloutTarget</name>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Wird hochgeladen</translation>
    </message>
    <message>
        <source>Deployed, awaiting check-in</source>
        <translation>Bereitgestellt, wartet auf Meldung</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
</context>
<context>
    <name>RolloutTextPrinter</name>
    <message numerus="yes">
        <source>Rollout of %1 (%2, SHA-256 %3) as version %4 to %n device(s).
</source>
        <translation>
            <numerusform>Ausrollen von %1 (%2, SHA-256 %3) als Version %4 an %n Gerät.
</numerusform>
            <numerusform>Ausrollen von %1 (%2, SHA-256 %3) als Version %4 an %n Geräte.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out (%n device(s)):
</source>
        <translation>
            <numerusform>Ausgelassen (%n Gerät):
</numerusform>
            <numerusform>Ausgelassen (%n Geräte):
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wave %1 of %2 (%n device(s)):
</source>
        <translation>
            <numerusform>Welle %1 von %2 (%n Gerät):
</numerusform>
            <numerusform>Welle %1 von %2 (%n Geräte):
</numerusform>
        </translation>
    </message>
    <message>
        <source>no earlier OTA</source>
        <translation>kein früheres OTA</translation>
    </message>
    <message>
        <source>now %1</source>
        <translation>jetzt %1</translation>
    </message>
    <message>
        <source>(a downgrade)</source>
        <translation>(ein Downgrade)</translation>
    </message>
    <message>
        <source>Gate between the waves: %1; %2 uploads at once; the rollout stops when more than %3 % of a wave fail.
</source>
        <translation>Tor zwischen den Wellen: %1; %2 Uploads gleichzeitig; das Ausrollen stoppt, wenn mehr als %3 % einer Welle fehlschlagen.
</translation>
    </message>
    <message>
        <source>Dry run: nothing was uploaded.
</source>
        <translation>Probelauf: es wurde nichts hochgeladen.
</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <source>wave %1/%2</source>
        <translation>Welle %1/%2</translation>
    </message>
    <message>
        <source>Rollout of version %1: %2
</source>
        <translation>Ausrollen von Version %1: %2
</translation>
    </message>
    <message>
        <source>%1 deployed, %2 confirmed, %3 failed, %4 unknown, %5 cancelled, %6 not started, %7 skipped; %8 devices in all.
</source>
        <translation>%1 bereitgestellt, %2 bestätigt, %3 fehlgeschlagen, %4 unbekannt, %5 abgebrochen, %6 nicht begonnen, %7 übersprungen; %8 Geräte insgesamt.
</translation>
    </message>
    <message>
        <source>Resuming rollout %1 of version %2 in wave %3 of %4: %5 deployed, %6 failed, %7 to go.</source>
        <translation>Rollout %1 der Version %2 wird in Welle %3 von %4 fortgesetzt: %5 bereitgestellt, %6 fehlgeschlagen, %7 ausstehend.</translation>
    </message>
    <message>
        <source>Kept in the deploy history as rollout %1: &quot;iotaap-ota rollout --resume %1&quot; takes it up again.
</source>
        <translation>Im Bereitstellungsverlauf als Rollout %1 gespeichert: „iotaap-ota rollout --resume %1“ setzt ihn fort.
</translation>
    </message>
</context>
<context>
    <name>WhoamiCommand</name>
    <message>
        <source>Show the account id, API URL and token expiry.</source>
        <translation>Konto-ID, API-URL und Ablauf des Tokens anzeigen.</translation>
    </message>
    <message>
        <source>whoami takes no arguments</source>
        <translation>whoami erwartet keine Argumente</translation>
    </message>
    <message>
        <source>--format must be text or json</source>
        <translation>--format muss text oder json sein</translation>
    </message>
    <message>
        <source>the token in use is not a readable JWT with an expiry</source>
        <translation>das verwendete Token ist kein lesbares JWT mit Ablaufdatum</translation>
    </message>
    <message>
        <source>the token of account %1 expired at %2: run &quot;iotaap-ota login&quot;</source>
        <translation>der Token von Konto %1 ist am %2 abgelaufen: &quot;iotaap-ota login&quot; ausführen</translation>
    </message>
    <message>
        <source>Account:    %1
Role:       %2
E-mail:     %3
API URL:    %4
Token from: %5
Expires:    %6
</source>
        <translation>Konto:      %1
Rolle:      %2
E-Mail:     %3
API-URL:    %4
Token aus:  %5
Gültig bis: %6
</translation>
    </message>
</context>
<context>
    <name>iotaap::DemoSandbox</name>
    <message>
        <source>The demo server could not be started: %1</source>
        <translation>Der Demo-Server konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The demo server lists no account to sign in with.</source>
        <translation>Der Demo-Server bietet kein Konto zum Anmelden an.</translation>
    </message>
    <message>
        <source>The demo server stopped unexpectedly.</source>
        <translation>Der Demo-Server wurde unerwartet beendet.</translation>
    </message>
    <message>
        <source>The demo server stopped (exit code %1).</source>
        <translation>Der Demo-Server wurde beendet (Exit-Code %1).</translation>
    </message>
</context>
<context>
    <name>iotaap::DeployDialog</name>
    <message>
        <source>Deploy firmware</source>
        <translation>Firmware bereitstellen</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>&amp;Device</source>
        <translation>&amp;Gerät</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>Gr&amp;uppe</translation>
    </message>
    <message>
        <source>The device&apos;s or group&apos;s token</source>
        <translation>Das Token des Geräts oder der Gruppe</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>&amp;Remember for this device</source>
        <translation>Für dieses Gerät &amp;merken</translation>
    </message>
    <message>
        <source>MAJOR.MINOR.PATCH, e.g. 1.4.2</source>
        <translation>MAJOR.MINOR.PATCH, z. B. 1.4.2</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>T&amp;oken:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation>&amp;Bereitstellen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Looking up the current version…</source>
        <translation>Aktuelle Version wird ermittelt…</translation>
    </message>
    <message>
        <source>The current version could not be looked up; it is not compared.</source>
        <translation>Die aktuelle Version konnte nicht ermittelt werden; sie wird nicht verglichen.</translation>
    </message>
    <message>
        <source>Current version: %1</source>
        <translation>Aktuelle Version: %1</translation>
    </message>
    <message>
        <source>No firmware deployed to it yet.</source>
        <translation>Noch keine Firmware bereitgestellt.</translation>
    </message>
    <message>
        <source>Filled in from the account&apos;s device list.</source>
        <translation>Aus der Geräteliste des Kontos übernommen.</translation>
    </message>
    <message>
        <source>Filled in from the keychain.</source>
        <translation>Aus dem Schlüsselbund übernommen.</translation>
    </message>
    <message>
        <source>Deploy anyway, knowing the target will not update</source>
        <translation>Trotzdem bereitstellen, obwohl das Ziel nicht aktualisiert wird</translation>
    </message>
    <message>
        <source>Yes, downgrade to %1</source>
        <translation>Ja, Downgrade auf %1</translation>
    </message>
    <message>
        <source>Starting the upload…</source>
        <translation>Upload wird gestartet…</translation>
    </message>
    <message>
        <source>Deployed. The server said: “%1”</source>
        <translation>Bereitgestellt. Der Server meldet: „%1“</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The upload was cancelled; nothing was deployed.</source>
        <translation>Der Upload wurde abgebrochen; es wurde nichts bereitgestellt.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Nothing was deployed; see the message above.</source>
        <translation>Es wurde nichts bereitgestellt; siehe die Meldung oben.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Cancel upload</source>
        <translation>Upload &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Hide the token</source>
        <translation>Token verbergen</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>Token anzeigen</translation>
    </message>
    <message>
        <source>The file changed after it was checked; it is being checked again before a deploy.</source>
        <translation>Die Datei hat sich nach der Prüfung geändert; sie wird vor einer Bereitstellung erneut geprüft.</translation>
    </message>
    <message>
        <source>Deploy it anyway</source>
        <translation>Trotzdem bereitstellen</translation>
    </message>
</context>
<context>
    <name>iotaap::DeployHistoryModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>iotaap::DeployHistoryView</name>
    <message>
        <source>Deploy &amp;again…</source>
        <translation>&amp;Erneut bereitstellen…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>Als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>deploy-history.csv</source>
        <translation>deploy-history.csv</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) exported to %1.</source>
        <translation>
            <numerusform>%n Versuch nach %1 exportiert.</numerusform>
            <numerusform>%n Versuche nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deploy attempts</source>
        <translation>Bereitstellungsversuche</translation>
    </message>
</context>
<context>
    <name>iotaap::DeployJob</name>
    <message>
        <source>The attempt could not be written to the deploy history, so nothing was sent: %1</source>
        <translation>Der Versuch konnte nicht in den Bereitstellungsverlauf geschrieben werden, daher wurde nichts gesendet: %1</translation>
    </message>
</context>
<context>
    <name>iotaap::DeviceTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>iotaap::ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>iotaap::FirmwareBody</name>
    <message>
        <source>No firmware file was chosen.</source>
        <translation>Es wurde keine Firmware-Datei ausgewählt.</translation>
    </message>
    <message>
        <source>The firmware file “%1” cannot be used: %2.</source>
        <translation>Die Firmware-Datei „%1“ kann nicht verwendet werden: %2.</translation>
    </message>
    <message>
        <source>The firmware file “%1” is empty.</source>
        <translation>Die Firmware-Datei „%1“ ist leer.</translation>
    </message>
    <message>
        <source>The firmware file “%1” was not inspected before the upload.</source>
        <translation>Die Firmware-Datei „%1“ wurde vor dem Hochladen nicht geprüft.</translation>
    </message>
    <message>
        <source>The firmware file “%1” could not be read during the upload: %2.</source>
        <translation>Die Firmware-Datei „%1“ konnte beim Hochladen nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The firmware file “%1” became shorter during the upload (%L2 of %L3 bytes were there).</source>
        <translation>Die Firmware-Datei „%1“ wurde beim Hochladen kürzer (%L2 von %L3 Bytes waren da).</translation>
    </message>
    <message>
        <source>The firmware file “%1” changed after it was inspected: its SHA-256 is no longer the one shown.</source>
        <translation>Die Firmware-Datei „%1“ hat sich nach der Prüfung geändert: ihr SHA-256 ist nicht mehr der angezeigte.</translation>
    </message>
</context>
<context>
    <name>iotaap::FirmwareDropArea</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Drop firmware.bin here, or Browse…</source>
        <translation>firmware.bin hier ablegen oder Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the firmware file</source>
        <translation>Firmware-Datei auswählen</translation>
    </message>
    <message>
        <source>Firmware file</source>
        <translation>Firmware-Datei</translation>
    </message>
</context>
<context>
    <name>iotaap::FirmwareSummary</name>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Chip:</source>
        <translation>Chip:</translation>
    </message>
    <message>
        <source>App version:</source>
        <translation>App-Version:</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Projekt:</translation>
    </message>
    <message>
        <source>IDF version:</source>
        <translation>IDF-Version:</translation>
    </message>
    <message>
        <source>Built:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Bewertung:</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Noch keine Datei ausgewählt.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>unknown (id %1)</source>
        <translation>unbekannt (ID %1)</translation>
    </message>
    <message>
        <source>Valid ESP application image (checksum and SHA-256 digest verified).</source>
        <translation>Gültiges ESP-Anwendungsimage (Prüfsumme und SHA-256-Digest geprüft).</translation>
    </message>
    <message>
        <source>Valid ESP application image (checksum verified).</source>
        <translation>Gültiges ESP-Anwendungsimage (Prüfsumme geprüft).</translation>
    </message>
    <message>
        <source>Not an ESP application image: %1</source>
        <translation>Kein ESP-Anwendungsimage: %1</translation>
    </message>
    <message>
        <source>Damaged: %1</source>
        <translation>Beschädigt: %1</translation>
    </message>
    <message>
        <source>Unreadable: %1</source>
        <translation>Nicht lesbar: %1</translation>
    </message>
</context>
<context>
    <name>iotaap::MainWindow</name>
    <message>
        <source>Device OTA</source>
        <translation>Geräte-OTA</translation>
    </message>
    <message>
        <source>Group OTA</source>
        <translation>Gruppen-OTA</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>&amp;Deploy…</source>
        <translation>Bereit&amp;stellen…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Sign out and forget the saved session</source>
        <translation>Abmelden und die gespeicherte Sitzung vergessen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Copy ID</source>
        <translation>ID &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy firmware &amp;path</source>
        <translation>Firmware-&amp;Pfad kopieren</translation>
    </message>
    <message>
        <source>Copies the path with the token masked</source>
        <translation>Kopiert den Pfad mit maskiertem Token</translation>
    </message>
    <message>
        <source>&amp;Reveal token in path</source>
        <translation>&amp;Token im Pfad anzeigen</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Suche löschen</translation>
    </message>
    <message>
        <source>IoTaaP OTA Manager — Demo</source>
        <translation>IoTaaP OTA Manager — Demo</translation>
    </message>
    <message>
        <source>IoTaaP OTA Manager</source>
        <translation>IoTaaP OTA Manager</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Copy group ID</source>
        <translation>Gruppen-ID &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Copy device ID</source>
        <translation>Geräte-ID &amp;kopieren</translation>
    </message>
    <message>
        <source>Deploy new &amp;firmware…</source>
        <translation>Neue &amp;Firmware bereitstellen…</translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation>%1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Refreshed %1</source>
        <translation>Aktualisiert: %1</translation>
    </message>
    <message>
        <source>Loaded %1 of %2</source>
        <translation>%1 von %2 geladen</translation>
    </message>
    <message>
        <source>Deploy new firmware to the selected device</source>
        <translation>Neue Firmware auf dem ausgewählten Gerät bereitstellen</translation>
    </message>
    <message>
        <source>Reload every table</source>
        <translation>Alle Tabellen neu laden</translation>
    </message>
    <message>
        <source>Sign in to an IoTaaP account</source>
        <translation>Bei einem IoTaaP-Konto anmelden</translation>
    </message>
    <message>
        <source>Change the app&apos;s settings</source>
        <translation>Die Einstellungen der App ändern</translation>
    </message>
    <message>
        <source>Search the tables</source>
        <translation>Die Tabellen durchsuchen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tool tip: what an action does (its shortcut)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Search by device ID, name or version (%1)</source>
        <translation>Nach Geräte-ID, Name oder Version suchen (%1)</translation>
    </message>
    <message>
        <source>Fleet tables</source>
        <translation>Flottentabellen</translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2 The rows shown are from %3.</source>
        <translation>%1 konnte nicht geladen werden: %2 Die angezeigten Zeilen stammen von %3.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Open the user guide (README)</source>
        <translation>Das Benutzerhandbuch (README) öffnen</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About IoTaaP OTA Manager</source>
        <translation>Ü&amp;ber IoTaaP OTA Manager</translation>
    </message>
    <message>
        <source>About IoTaaP OTA Manager</source>
        <translation>Über IoTaaP OTA Manager</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln record(s) loaded</source>
        <translation>
            <numerusform>%1 von %Ln Eintrag geladen</numerusform>
            <numerusform>%1 von %Ln Einträgen geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln record(s) match “%2”</source>
        <translation>
            <numerusform>%1 von %Ln Eintrag passen zu „%2“</numerusform>
            <numerusform>%1 von %Ln Einträgen passen zu „%2“</numerusform>
        </translation>
    </message>
    <message>
        <source>(more are loading)</source>
        <translation>(weitere werden geladen)</translation>
    </message>
    <message>
        <source>Refresh failed; the records shown are from %1.</source>
        <translation>Aktualisieren fehlgeschlagen; die angezeigten Einträge sind von %1.</translation>
    </message>
    <message>
        <source>Sign in to see your fleet.</source>
        <translation>Melden Sie sich an, um Ihre Flotte zu sehen.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nichts passt zu „%1“.</translation>
    </message>
    <message>
        <source>No device has had an OTA update yet: drop a firmware.bin here to deploy one.</source>
        <translation>Noch kein Gerät hat ein OTA-Update erhalten: legen Sie hier eine firmware.bin ab, um eine bereitzustellen.</translation>
    </message>
    <message>
        <source>No group has had an OTA update yet.</source>
        <translation>Noch keine Gruppe hat ein OTA-Update erhalten.</translation>
    </message>
    <message>
        <source>The account has no devices yet.</source>
        <translation>Das Konto hat noch keine Geräte.</translation>
    </message>
</context>
<context>
    <name>iotaap::MainWindowDeployHost</name>
    <message>
        <source>Deploy history</source>
        <translation>Bereitstellungsverlauf</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Show or hide the deploy history</source>
        <translation>Bereitstellungsverlauf ein- oder ausblenden</translation>
    </message>
</context>
<context>
    <name>iotaap::OtaTableModel</name>
    <message>
        <source>Device name</source>
        <translation>Gerätename</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <source>Group ID</source>
        <translation>Gruppen-ID</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Zuletzt aktualisiert</translation>
    </message>
    <message>
        <source>Firmware path</source>
        <translation>Firmware-Pfad</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>Eintrags-ID</translation>
    </message>
</context>
<context>
    <name>iotaap::OutcomeReconciler</name>
    <message>
        <source>The whole file was sent but no answer came, and the server could not be asked whether it stored it: %1</source>
        <translation>Die ganze Datei wurde gesendet, aber es kam keine Antwort, und der Server konnte nicht gefragt werden, ob er sie gespeichert hat: %1</translation>
    </message>
    <message>
        <source>Deployed (confirmed from the server&apos;s record).</source>
        <translation>Bereitgestellt (bestätigt durch den Eintrag des Servers).</translation>
    </message>
    <message>
        <source>Not deployed: the whole file was sent but no answer came, and the server&apos;s record does not show it.</source>
        <translation>Nicht bereitgestellt: die ganze Datei wurde gesendet, aber es kam keine Antwort, und der Eintrag des Servers zeigt sie nicht.</translation>
    </message>
</context>
<context>
    <name>iotaap::RolloutRunner</name>
    <message>
        <source>Only %1 of %2 devices of wave %3 checked in within %4 s, fewer than the %5 % the gate asks for: the rollout stopped.</source>
        <translation>Nur %1 von %2 Geräten der Welle %3 haben sich innerhalb von %4 s gemeldet, weniger als die %5 %, die das Tor verlangt: das Ausrollen wurde gestoppt.</translation>
    </message>
    <message>
        <source>Not a device of this account.</source>
        <translation>Kein Gerät dieses Kontos.</translation>
    </message>
    <message>
        <source>No token: the device list shows none for it.</source>
        <translation>Kein Token: die Geräteliste zeigt keinen dafür.</translation>
    </message>
    <message>
        <source>Already on %1.</source>
        <translation>Hat schon %1.</translation>
    </message>
    <message>
        <source>A downgrade from %1, not confirmed.</source>
        <translation>Ein Downgrade von %1, nicht bestätigt.</translation>
    </message>
    <message>
        <source>Cancelled before the whole file was sent; nothing was deployed.</source>
        <translation>Abgebrochen, bevor die ganze Datei gesendet war; es wurde nichts bereitgestellt.</translation>
    </message>
    <message>
        <source>The sign-in expired: sign in again, then resume the rollout.</source>
        <translation>Die Anmeldung ist abgelaufen: melden Sie sich erneut an und setzen Sie dann das Ausrollen fort.</translation>
    </message>
    <message>
        <source>The rollout is paused; start a new one with the new file.</source>
        <translation>Das Ausrollen ist angehalten; starten Sie ein neues mit der neuen Datei.</translation>
    </message>
    <message>
        <source>%1 of %2 devices of wave %3 failed, more than the %4 % allowed: the rollout stopped.</source>
        <translation>%1 von %2 Geräten der Welle %3 sind fehlgeschlagen, mehr als die erlaubten %4 %: das Ausrollen wurde gestoppt.</translation>
    </message>
    <message>
        <source>Left out by the operator.</source>
        <translation>Vom Bediener ausgelassen.</translation>
    </message>
    <message>
        <source>Without the deploy history no rollout can be resumed.</source>
        <translation>Ohne den Bereitstellungsverlauf kann kein Rollout fortgesetzt werden.</translation>
    </message>
    <message>
        <source>The rollout cannot be resumed before the server says what became of its last uploads: %1</source>
        <translation>Der Rollout kann erst fortgesetzt werden, wenn der Server sagt, was aus seinen letzten Uploads wurde: %1</translation>
    </message>
    <message>
        <source>Deployed (confirmed from the server&apos;s record).</source>
        <translation>Bereitgestellt (bestätigt durch den Eintrag des Servers).</translation>
    </message>
    <message>
        <source>Its last upload was not stored; it goes again.</source>
        <translation>Sein letzter Upload wurde nicht gespeichert; er wird wiederholt.</translation>
    </message>
    <message>
        <source>Taken up from the deploy history: resume it to continue.</source>
        <translation>Aus dem Bereitstellungsverlauf übernommen: setzen Sie ihn fort, um weiterzumachen.</translation>
    </message>
    <message>
        <source>Not deployed: the upload ended without an answer, and the server&apos;s record does not show it.</source>
        <translation>Nicht bereitgestellt: der Upload endete ohne Antwort, und der Eintrag des Servers zeigt ihn nicht.</translation>
    </message>
</context>
<context>
    <name>iotaap::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Reload the tables at this interval; Off reloads only on F5.</source>
        <translation>Die Tabellen in diesem Intervall neu laden; Aus lädt nur mit F5 neu.</translation>
    </message>
    <message>
        <source>&amp;Refresh automatically every:</source>
        <translation>&amp;Automatisch aktualisieren alle:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>The language of the app; it changes at the next start.</source>
        <translation>Die Sprache der App; sie ändert sich beim nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>iotaap::SignInController</name>
    <message>
        <source>The server answered with a session this app cannot read.</source>
        <translation>Der Server hat mit einer Sitzung geantwortet, die diese App nicht lesen kann.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
</context>
<context>
    <name>iotaap::SignInDialog</name>
    <message>
        <source>&amp;Remember me</source>
        <translation>&amp;Angemeldet bleiben</translation>
    </message>
    <message>
        <source>Sign in to IoTaaP</source>
        <translation>Bei IoTaaP anmelden</translation>
    </message>
    <message>
        <source>Keep the session in the system keychain and sign in automatically next time.</source>
        <translation>Die Sitzung im Schlüsselbund des Systems speichern und beim nächsten Mal automatisch anmelden.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>An&amp;melden</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>API-&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Sign in with your IoTaaP account.</source>
        <translation>Melden Sie sich mit Ihrem IoTaaP-Konto an.</translation>
    </message>
    <message>
        <source>Your session expires soon. Enter your password to stay signed in.</source>
        <translation>Ihre Sitzung läuft bald ab. Geben Sie Ihr Passwort ein, um angemeldet zu bleiben.</translation>
    </message>
    <message>
        <source>The server ended your session. Enter your password to continue where you left off.</source>
        <translation>Der Server hat Ihre Sitzung beendet. Geben Sie Ihr Passwort ein, um dort weiterzumachen, wo Sie aufgehört haben.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>See the last firmware update of every device and deploy new firmware.</source>
        <translation>Die letzte Firmware-Aktualisierung jedes Geräts ansehen und neue Firmware bereitstellen.</translation>
    </message>
    <message>
        <source>Start a local demo server with a seeded fleet and sign in to it.</source>
        <translation>Einen lokalen Demo-Server mit einer Beispiel-Geräteflotte starten und sich dort anmelden.</translation>
    </message>
    <message>
        <source>The API to sign in to (default: the last one used).</source>
        <translation>Die API, bei der Sie sich anmelden (Standard: die zuletzt verwendete).</translation>
    </message>
    <message>
        <source>The deploy history cannot be kept: %1</source>
        <translation>Der Bereitstellungsverlauf kann nicht geführt werden: %1</translation>
    </message>
</context>
</TS>
