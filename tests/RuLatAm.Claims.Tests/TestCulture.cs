using System.Globalization;
using System.Runtime.CompilerServices;

namespace RuLatAm.Claims.Tests;

/// <summary>Runs the suite under a non-English culture so that culture-sensitive calls show up as failures.</summary>
internal static class TestCulture
{
    [ModuleInitializer]
    internal static void UseTurkish()
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.GetCultureInfo("tr-TR");
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.GetCultureInfo("tr-TR");
    }
}
