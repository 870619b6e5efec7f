#!/usr/bin/env bash
# Packs the library, then compiles and runs the README's C# example as a fresh console app against that package,
# so the example in the README stays true.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
# A fresh version each run: NuGet caches packages by version, and a stale copy would hide a broken example.
version="0.0.0-readme.$(date +%s)"
trap 'rm -rf "$work"' EXIT

dotnet pack "$root/src/RuLatAm.Claims/RuLatAm.Claims.csproj" -c Release -o "$work/feed" -p:Version="$version" >/dev/null
mkdir -p "$work/app"
cat > "$work/app/app.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="RuLatAm.Claims" Version="$version" />
  </ItemGroup>
</Project>
XML
# The first ```csharp block of the README is the example's Program.cs.
awk '/^```csharp/{on=1; next} /^```/{if(on){exit}} on' "$root/README.md" > "$work/app/Program.cs"
cat > "$work/app/nuget.config" <<XML
<configuration>
  <packageSources>
    <add key="local" value="$work/feed" />
  </packageSources>
</configuration>
XML
# Keep the app outside the repository's Directory.Build.props and central package management.
touch "$work/Directory.Build.props" "$work/Directory.Packages.props"
echo '<Project />' > "$work/Directory.Build.props"
echo '<Project />' > "$work/Directory.Packages.props"
output=$(dotnet run --project "$work/app/app.csproj" -c Release)
echo "$output"
if [ -z "$output" ]; then
  echo "README example printed no claims" >&2
  exit 1
fi
