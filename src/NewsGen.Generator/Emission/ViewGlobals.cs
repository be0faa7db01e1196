using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Reflection;
using Scriban.Runtime;

namespace NewsGen.Generator.Emission;

/// <summary>
/// The public properties of a view as template variables. Scriban's <c>ScriptObject.Import</c> reflects over the view's
/// type on every call, which was a tenth of rendering an article group; the properties of each view type are looked up
/// once here, and each render only reads their values.
/// </summary>
internal static class ViewGlobals
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    public static ScriptObject Of(object view)
    {
        var properties = Properties.GetOrAdd(
            view.GetType(),
            type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).ToArray());
        var globals = new ScriptObject(properties.Length);
        foreach (var property in properties)
        {
            globals.SetValue(property.Name, property.GetValue(view), readOnly: false);
        }

        return globals;
    }
}
