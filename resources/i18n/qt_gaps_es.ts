<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own words that Qt's qtbase_es catalogue lacks (Qt 6 added accelerators to two file dialog
     labels and moved the file types to QAbstractFileIconProvider; the catalogue still has the
     old texts). Loaded after qtbase_es. Not made
     by lupdate: edit by hand. -->
<TS version="2.1" language="es">
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Buscar en:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Archivos de &amp;tipo:</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Drive</source>
            <translation>Unidad</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>%1 File</source>
            <translation>Archivo %1</translation>
        </message>
        <message>
            <source>File Folder</source>
            <translation>Carpeta de archivos</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Carpeta</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Acceso directo</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Desconocido</translation>
        </message>
    </context>
</TS>
