#!/usr/bin/env python3
"""Writes the fs plugin's permission files (Tauri's permissions/*.toml of plugins-workspace, as JSON data).

Facts from tauri-apps/plugins-workspace plugins/fs (build.rs's BASE_DIR_VARS and its generated
base-directories/*.toml, and the hand-written permissions/*.toml); run it after changing the lists below:
    python3 plugins/fs/scripts/permissions.py
"""
import json, os

OUT = os.path.join(os.path.dirname(__file__), '..', 'src/main/resources/META-INF/tauri4j/plugins/fs/permissions')
SCHEMA = 'https://schema.tauri.app/permission-file'
BASE_DIRS = ['AUDIO', 'CACHE', 'CONFIG', 'DATA', 'LOCALDATA', 'DESKTOP', 'DOCUMENT', 'DOWNLOAD', 'EXE', 'FONT', 'HOME',
             'PICTURE', 'PUBLIC', 'RUNTIME', 'TEMPLATE', 'VIDEO', 'RESOURCE', 'LOG', 'TEMP', 'APPCONFIG', 'APPDATA',
             'APPLOCALDATA', 'APPCACHE', 'APPLOG']
APP_DIRS = ['APPCONFIG', 'APPDATA', 'APPLOCALDATA', 'APPCACHE', 'APPLOG']
READ_ALL = ['read_dir', 'read_file', 'read', 'open', 'read_text_file', 'read_text_file_lines',
            'read_text_file_lines_next', 'seek', 'stat', 'lstat', 'fstat', 'exists', 'watch', 'unwatch', 'size']
WRITE_FILES = ['create', 'copy_file', 'remove', 'rename', 'truncate', 'ftruncate', 'write', 'write_file', 'write_text_file']
READ_META = ['read_dir', 'stat', 'lstat', 'fstat', 'exists', 'size']


def paths(*ps):
    return [{'path': p} for p in ps]


def scopes_and_sets(lower, dirs, what):
    """The scope-<x>-recursive/scope-<x>/scope-<x>-index permissions and the allow-<x>-* sets, for dirs."""
    rec = [q for d in dirs for q in ('$' + d, '$' + d + '/**')]
    top = [q for d in dirs for q in ('$' + d, '$' + d + '/*')]
    idx = ['$' + d for d in dirs]
    perms = [
        {'identifier': f'scope-{lower}-recursive', 'description': f'This scope permits recursive access to the complete {what}, including sub directories and files.', 'scope': {'allow': paths(*rec)}},
        {'identifier': f'scope-{lower}', 'description': f'This scope permits access to all files and list content of top level directories in the {what}.', 'scope': {'allow': paths(*top)}},
        {'identifier': f'scope-{lower}-index', 'description': f'This scope permits to list all files and folders in the {what}.', 'scope': {'allow': paths(*idx)}},
    ]
    sets = [
        {'identifier': f'allow-{lower}-read-recursive', 'description': f'This allows full recursive read access to the complete {what}, files and subdirectories.', 'permissions': ['read-all', f'scope-{lower}-recursive']},
        {'identifier': f'allow-{lower}-write-recursive', 'description': f'This allows full recursive write access to the complete {what}, files and subdirectories.', 'permissions': ['write-all', f'scope-{lower}-recursive']},
        {'identifier': f'allow-{lower}-read', 'description': f'This allows non-recursive read access to the {what}.', 'permissions': ['read-all', f'scope-{lower}']},
        {'identifier': f'allow-{lower}-write', 'description': f'This allows non-recursive write access to the {what}.', 'permissions': ['write-all', f'scope-{lower}']},
        {'identifier': f'allow-{lower}-meta-recursive', 'description': f'This allows full recursive read access to metadata of the {what}, including file listing and statistics.', 'permissions': ['read-meta', f'scope-{lower}-recursive']},
        {'identifier': f'allow-{lower}-meta', 'description': f'This allows non-recursive read access to metadata of the {what}, including file listing and statistics.', 'permissions': ['read-meta', f'scope-{lower}-index']},
    ]
    return {'$schema': SCHEMA, 'permission': perms, 'set': sets}


def write(name, data):
    with open(os.path.join(OUT, name + '.json'), 'w') as f:
        json.dump(data, f, indent=2)
        f.write('\n')


def main():
    os.makedirs(OUT, exist_ok=True)
    for d in BASE_DIRS:
        write('base-directory-' + d.lower(), scopes_and_sets(d.lower(), [d], f'`${d}` folder'))
    write('app', scopes_and_sets('app', APP_DIRS, 'application folders'))
    write('commands', {'$schema': SCHEMA, 'permission': [
        {'identifier': 'read-all', 'description': 'This enables all read related commands without any pre-configured accessible paths.', 'commands': {'allow': READ_ALL}},
        {'identifier': 'write-all', 'description': 'This enables all write related commands without any pre-configured accessible paths.', 'commands': {'allow': ['mkdir'] + WRITE_FILES}},
        {'identifier': 'read-files', 'description': 'This enables file read related commands without any pre-configured accessible paths.', 'commands': {'allow': ['read_file', 'read', 'open', 'read_text_file', 'read_text_file_lines', 'read_text_file_lines_next', 'seek', 'stat', 'lstat', 'fstat', 'exists']}},
        {'identifier': 'write-files', 'description': 'This enables all file write related commands without any pre-configured accessible paths.', 'commands': {'allow': WRITE_FILES}},
        {'identifier': 'read-dirs', 'description': 'This enables directory read and file metadata related commands without any pre-configured accessible paths.', 'commands': {'allow': ['read_dir', 'stat', 'lstat', 'fstat', 'exists']}},
        {'identifier': 'read-meta', 'description': 'This enables all index or metadata related commands without any pre-configured accessible paths.', 'commands': {'allow': READ_META}},
        {'identifier': 'scope', 'description': 'An empty permission you can use to modify the global scope.'},
        {'identifier': 'create-app-specific-dirs', 'description': 'This permissions allows to create the application specific directories.', 'commands': {'allow': ['mkdir']}},
        {'identifier': 'deny-webview-data-linux', 'description': 'This denies read access to the `$APPLOCALDATA` folder on linux as the webview data and configuration values are stored here. Allowing access can lead to sensitive information disclosure and should be well considered.', 'scope': {'deny': paths('$APPLOCALDATA/**')}},
        {'identifier': 'deny-webview-data-windows', 'description': 'This denies read access to the `$APPLOCALDATA/EBWebView` folder on windows as the webview data and configuration values are stored here. Allowing access can lead to sensitive information disclosure and should be well considered.', 'scope': {'deny': paths('$APPLOCALDATA/EBWebView/**')}},
    ], 'set': [
        {'identifier': 'read-app-specific-dirs-recursive', 'description': 'This permission allows recursive read functionality on the application specific base directories. (**DEPRECATED**: use `allow-app-read-recursive` instead)', 'permissions': ['allow-read-dir', 'allow-read-file', 'allow-read-text-file', 'allow-read-text-file-lines', 'allow-read-text-file-lines-next', 'allow-exists', 'scope-app-recursive']},
        {'identifier': 'deny-default', 'description': 'This denies access to dangerous Tauri relevant files and folders by default.', 'permissions': ['deny-webview-data-linux', 'deny-webview-data-windows']},
    ]})
    write('default', {'$schema': SCHEMA, 'default': {
        'description': 'This set of permissions describes the what kind of file system access the `fs` plugin has enabled or denied by default. It enables read access to the application specific directories (AppConfig, AppData, AppLocalData, AppCache, AppLog) and all files and sub directories created in it, allows to create these folders with `mkdir`, and denies the webview data folder.',
        'permissions': ['create-app-specific-dirs', 'read-app-specific-dirs-recursive', 'deny-default']}})


if __name__ == '__main__':
    main()
