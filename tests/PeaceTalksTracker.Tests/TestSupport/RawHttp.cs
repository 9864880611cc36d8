using System.Net.Sockets;
using System.Text;

namespace PeaceTalksTracker.Tests.TestSupport;

/// <summary>
/// HTTP/1.1 over a bare socket, for requests HttpClient refuses to send (System.Uri stops at 65,519 characters)
/// or that must reach Kestrel's own limits: over-long request lines, huge headers, oversized bodies.
/// </summary>
public static class RawHttp
{
    public sealed record Response(int Status, string Headers, string Body);

    public static async Task<Response> SendAsync(Uri server, string method, string target, IReadOnlyDictionary<string, string>? headers = null, byte[]? body = null)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        await using var stream = client.GetStream();
        var head = new StringBuilder();
        head.Append(method).Append(' ').Append(target).Append(" HTTP/1.1\r\n");
        head.Append("Host: ").Append(server.Authority).Append("\r\n");
        head.Append("Connection: close\r\n");
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            head.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        if (body is not null)
        {
            head.Append("Content-Type: application/x-www-form-urlencoded\r\n");
            head.Append("Content-Length: ").Append(body.Length).Append("\r\n");
        }

        head.Append("\r\n");
        try
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()));
            if (body is not null)
            {
                await stream.WriteAsync(body);
            }
        }
        catch (IOException)
        {
            // The server may answer and close before it has read everything we send; the answer is what matters.
        }

        using var buffer = new MemoryStream();
        try
        {
            await stream.CopyToAsync(buffer);
        }
        catch (IOException)
        {
            // A reset after the response was written: keep what arrived.
        }

        return Parse(buffer.ToArray());
    }

    private static Response Parse(byte[] raw)
    {
        var end = raw.AsSpan().IndexOf("\r\n\r\n"u8);
        if (end < 0)
        {
            throw new InvalidOperationException($"No HTTP response came back (got {raw.Length} bytes)");
        }

        var head = Encoding.ASCII.GetString(raw, 0, end);
        var body = raw.AsSpan(end + 4).ToArray();
        var status = int.Parse(head.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        if (head.Contains("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase))
        {
            body = Dechunk(body);
        }

        return new Response(status, head, Encoding.UTF8.GetString(body));
    }

    private static byte[] Dechunk(byte[] chunked)
    {
        using var result = new MemoryStream();
        var position = 0;
        while (position < chunked.Length)
        {
            var lineEnd = chunked.AsSpan(position).IndexOf("\r\n"u8);
            if (lineEnd < 0)
            {
                break;
            }

            var sizeText = Encoding.ASCII.GetString(chunked, position, lineEnd).Split(';')[0].Trim();
            var size = Convert.ToInt32(sizeText, 16);
            if (size == 0)
            {
                break;
            }

            var start = position + lineEnd + 2;
            var take = Math.Min(size, chunked.Length - start);
            result.Write(chunked, start, take);
            position = start + take + 2;
        }

        return result.ToArray();
    }
}
